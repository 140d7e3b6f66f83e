//! Open enums: response values Worldpay may extend.
//!
//! A closed Rust enum fails a whole response on one value it does not know,
//! so a card brand Worldpay adds tomorrow would break today's build in
//! production. Every multi-value string enum read from a response is made
//! with [`open_enum!`](crate::open_enum): the known values are variants, and
//! any other value is kept, unchanged, in `Unrecognized` and written back as
//! received. The enums are `#[non_exhaustive]`: a regeneration may add
//! variants.

/// Defines an open string enum. Used by generated code.
#[doc(hidden)]
#[macro_export]
macro_rules! open_enum {
    (
        $(#[$attr:meta])*
        pub enum $name:ident {
            $( $(#[$vattr:meta])* $variant:ident = $value:literal, )*
        }
    ) => {
        $(#[$attr])*
        ///
        /// Open: a value not known when this crate was generated is kept in
        /// `Unrecognized`, and serialized back exactly as received.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vattr])* $variant, )*
            /// A value not known when this crate was generated, as received.
            Unrecognized(::std::string::String),
        }

        impl $name {
            /// The values known when this crate was generated.
            pub const KNOWN: &'static [&'static str] = &[$($value),*];

            /// The value as Worldpay writes it.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $value, )*
                    Self::Unrecognized(s) => s.as_str(),
                }
            }

            /// Whether the value was known when this crate was generated.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unrecognized(_))
            }
        }

        impl ::core::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $value => Self::$variant, )*
                    other => Self::Unrecognized(other.to_string()),
                }
            }
        }

        impl ::core::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    $( $value => Self::$variant, )*
                    _ => Self::Unrecognized(value),
                }
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;
            fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::core::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                <::std::string::String as ::serde::Deserialize>::deserialize(d).map(Self::from)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::open_enum! {
        /// Test enum.
        pub enum Brand {
            /// `visa`
            Visa = "visa",
            /// `mastercard`
            Mastercard = "mastercard",
        }
    }

    #[test]
    fn keeps_unknown_values() {
        let b: Brand = serde_json::from_str("\"newBrand\"").unwrap();
        assert_eq!(b, Brand::Unrecognized("newBrand".into()));
        assert_eq!(serde_json::to_string(&b).unwrap(), "\"newBrand\"");
        let v: Brand = serde_json::from_str("\"visa\"").unwrap();
        assert_eq!(v, Brand::Visa);
        assert!(v.is_known());
        assert_eq!(Brand::KNOWN, &["visa", "mastercard"]);
    }
}
