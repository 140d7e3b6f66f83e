//! Answers keyed by status: when an operation's success statuses carry
//! different bodies, its answer is an enum made with
//! [`success_answer!`](crate::success_answer), decoded from the
//! [`KeyedAnswer`] the executor hands it.

/// What an answer keyed by status is decoded from: the success status and
/// the body as JSON (`null` when the answer had none).
#[doc(hidden)]
#[derive(serde::Deserialize, serde::Serialize)]
pub struct KeyedAnswer {
    /// The status, as the operation table writes it (`"201"`).
    pub status: String,
    /// The body.
    pub body: serde_json::Value,
}

/// An operation's answer when its success statuses carry different bodies
/// (201 "created" with one schema, 200 "already exists" with another, 204
/// with none): one variant per documented status, holding its body, or
/// nothing where the status has none. It decodes from a [`KeyedAnswer`]
/// (what the executor hands it) and encodes as the body alone, as it came
/// on the wire. Written by the generator.
#[doc(hidden)]
#[macro_export]
macro_rules! success_answer {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident $( ( $ty:ty ) )? = $status:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        pub enum $name {
            $( $(#[$vmeta])* $variant $( ( $ty ) )?, )+
        }

        impl $name {
            /// The status this answer came with.
            pub fn status(&self) -> &'static str {
                match self {
                    $( $crate::__success_pattern!(_inner, $name::$variant $(, $ty)?) => $status, )+
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                let keyed = <$crate::answer::KeyedAnswer as ::serde::Deserialize>::deserialize(
                    deserializer,
                )?;
                $(
                    if keyed.status == $status {
                        return $crate::__success_decode!(keyed.body, $name::$variant $(, $ty)?)
                            .map_err(<D::Error as ::serde::de::Error>::custom);
                    }
                )+
                ::core::result::Result::Err(<D::Error as ::serde::de::Error>::custom(
                    ::std::format!("status {} is not a documented success", keyed.status),
                ))
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                match self {
                    $(
                        $crate::__success_pattern!(inner, $name::$variant $(, $ty)?) =>
                            $crate::__success_encode!(serializer, inner $(, $ty)?),
                    )+
                }
            }
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __success_pattern {
    ($bind:ident, $name:ident :: $variant:ident, $ty:ty) => {
        $name::$variant($bind)
    };
    ($bind:ident, $name:ident :: $variant:ident) => {
        $name::$variant
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __success_decode {
    ($body:expr, $name:ident :: $variant:ident, $ty:ty) => {
        <$ty as ::serde::Deserialize>::deserialize($body).map($name::$variant)
    };
    // A status without a body: whatever came is not read.
    ($body:expr, $name:ident :: $variant:ident) => {{
        let _ = $body;
        ::core::result::Result::<$name, ::serde_json::Error>::Ok($name::$variant)
    }};
}

#[doc(hidden)]
#[macro_export]
macro_rules! __success_encode {
    ($serializer:ident, $bind:ident, $ty:ty) => {
        ::serde::Serialize::serialize($bind, $serializer)
    };
    ($serializer:ident, $bind:ident) => {
        $serializer.serialize_unit()
    };
}

#[cfg(test)]
mod tests {
    crate::success_answer! {
        /// A test answer.
        pub enum Answer {
            /// Created.
            Created(u32) = "201",
            /// Accepted, no body.
            Accepted = "202",
        }
    }

    #[test]
    fn an_answer_keyed_by_status_decodes_by_status_and_encodes_the_body() {
        let a: Answer = serde_json::from_str(r#"{"status":"201","body":7}"#).unwrap();
        assert_eq!(a, Answer::Created(7));
        assert_eq!(a.status(), "201");
        assert_eq!(serde_json::to_string(&a).unwrap(), "7");
        let b: Answer = serde_json::from_str(r#"{"status":"202","body":null}"#).unwrap();
        assert_eq!(b, Answer::Accepted);
        assert_eq!(serde_json::to_string(&b).unwrap(), "null");
        assert!(serde_json::from_str::<Answer>(r#"{"status":"200","body":7}"#).is_err());
        assert!(serde_json::from_str::<Answer>(r#"{"status":"201","body":"x"}"#).is_err());
    }
}
