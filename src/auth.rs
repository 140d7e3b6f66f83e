//! Credentials, held as secrets.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// How requests authenticate to Worldpay.
///
/// `Debug` never prints a credential, the user name included.
#[derive(Clone)]
#[non_exhaustive]
pub enum Credentials {
    /// HTTP Basic authentication (Access Worldpay Card Payments): the user
    /// name and password your Implementation Manager gives you.
    Basic {
        /// The user name.
        username: SecretString,
        /// The password.
        password: SecretString,
    },
}

impl Credentials {
    /// Basic authentication credentials.
    pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Self {
        Credentials::Basic {
            username: SecretString::from(username.into()),
            password: SecretString::from(password.into()),
        }
    }

    /// Basic credentials from the environment variables `WORLDPAY_USERNAME`
    /// and `WORLDPAY_PASSWORD`, when both are set and not empty.
    pub fn basic_from_env() -> Option<Self> {
        let user = std::env::var("WORLDPAY_USERNAME")
            .ok()
            .filter(|s| !s.is_empty())?;
        let pass = std::env::var("WORLDPAY_PASSWORD")
            .ok()
            .filter(|s| !s.is_empty())?;
        Some(Self::basic(user, pass))
    }

    /// The `Authorization` header value, marked sensitive so that neither
    /// reqwest nor hyper ever logs it.
    pub(crate) fn header_value(&self) -> reqwest::header::HeaderValue {
        use base64::Engine;
        match self {
            Credentials::Basic { username, password } => {
                let raw = format!("{}:{}", username.expose_secret(), password.expose_secret());
                let encoded = zeroize::Zeroizing::new(
                    base64::engine::general_purpose::STANDARD.encode(raw.as_bytes()),
                );
                drop(zeroize::Zeroizing::new(raw));
                let mut v = reqwest::header::HeaderValue::from_str(&format!("Basic {}", *encoded))
                    .expect("base64 is a valid header value");
                v.set_sensitive(true);
                v
            }
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::Basic { .. } => f
                .debug_struct("Basic")
                .field("username", &crate::sensitive::REDACTED)
                .field("password", &crate::sensitive::REDACTED)
                .finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_prints_credentials() {
        let c = Credentials::basic("merchant-user", "s3cret-pass");
        let d = format!("{c:?}");
        assert!(
            !d.contains("merchant-user") && !d.contains("s3cret-pass"),
            "{d}"
        );
        let h = c.header_value();
        assert!(h.is_sensitive());
        // "merchant-user:s3cret-pass" in base64.
        assert_eq!(
            h.to_str().unwrap(),
            "Basic bWVyY2hhbnQtdXNlcjpzM2NyZXQtcGFzcw=="
        );
    }
}
