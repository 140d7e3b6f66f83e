//! Credentials, held as secrets.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// How an API's requests authenticate (each API's `api.yaml` says which).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Scheme {
    /// HTTP Basic: [`Credentials::Basic`].
    Basic,
    /// A Bearer token: [`Credentials::Bearer`].
    Bearer,
    /// A key sent as the whole `Authorization` value: [`Credentials::ServiceKey`].
    ServiceKey,
    /// IPS Cloud's licence key, in the STOMP CONNECT frame.
    LicenceKey,
}

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
    /// A Bearer token (Access Worldpay Verified Payments):
    /// `Authorization: Bearer <token>`.
    Bearer(SecretString),
    /// A Worldpay Online service key, sent as the whole `Authorization`
    /// header value (no scheme), as that API requires.
    ServiceKey(SecretString),
}

impl Credentials {
    /// Basic authentication credentials.
    pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Self {
        Credentials::Basic {
            username: SecretString::from(username.into()),
            password: SecretString::from(password.into()),
        }
    }

    /// A Bearer token.
    pub fn bearer(token: impl Into<String>) -> Self {
        Credentials::Bearer(SecretString::from(token.into()))
    }

    /// A Worldpay Online service key.
    pub fn service_key(key: impl Into<String>) -> Self {
        Credentials::ServiceKey(SecretString::from(key.into()))
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
            Credentials::Bearer(token) => {
                sensitive_header(&format!("Bearer {}", token.expose_secret()))
            }
            Credentials::ServiceKey(key) => sensitive_header(key.expose_secret()),
        }
    }

    /// Every form in which these credentials could come back in a
    /// server's text (the user name, the password, the header value and its
    /// parts), for [`remove_secrets`](crate::sensitive::remove_secrets).
    pub(crate) fn secret_forms(&self) -> Vec<zeroize::Zeroizing<String>> {
        use base64::Engine;
        let mut out = Vec::new();
        match self {
            Credentials::Basic { username, password } => {
                let raw = zeroize::Zeroizing::new(format!(
                    "{}:{}",
                    username.expose_secret(),
                    password.expose_secret()
                ));
                out.push(zeroize::Zeroizing::new(
                    base64::engine::general_purpose::STANDARD.encode(raw.as_bytes()),
                ));
                out.push(raw);
                out.push(zeroize::Zeroizing::new(
                    username.expose_secret().to_string(),
                ));
                out.push(zeroize::Zeroizing::new(
                    password.expose_secret().to_string(),
                ));
            }
            Credentials::Bearer(token) | Credentials::ServiceKey(token) => {
                out.push(zeroize::Zeroizing::new(token.expose_secret().to_string()));
            }
        }
        out
    }

    /// Whether the credentials can go in a header at all (no control
    /// characters); checked when a client is built, so that a bad key is a
    /// configuration error rather than a failed request.
    pub(crate) fn check(&self) -> Result<(), &'static str> {
        let ok = |s: &str| reqwest::header::HeaderValue::from_str(s).is_ok();
        match self {
            Credentials::Basic { .. } => Ok(()),
            Credentials::Bearer(t) if ok(t.expose_secret()) => Ok(()),
            Credentials::ServiceKey(k) if ok(k.expose_secret()) => Ok(()),
            _ => Err("the credentials hold characters a header cannot carry"),
        }
    }
}

/// A header value marked sensitive; one that a header cannot carry gives
/// an empty value (`Credentials::check` refuses such credentials first).
fn sensitive_header(value: &str) -> reqwest::header::HeaderValue {
    let mut v = reqwest::header::HeaderValue::from_str(value)
        .unwrap_or_else(|_| reqwest::header::HeaderValue::from_static(""));
    v.set_sensitive(true);
    v
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = crate::sensitive::REDACTED;
        match self {
            Credentials::Basic { .. } => f
                .debug_struct("Basic")
                .field("username", &redacted)
                .field("password", &redacted)
                .finish(),
            Credentials::Bearer(_) => f.debug_tuple("Bearer").field(&redacted).finish(),
            Credentials::ServiceKey(_) => f.debug_tuple("ServiceKey").field(&redacted).finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_and_service_keys_are_sent_as_documented() {
        let b = Credentials::bearer("tok-123");
        assert_eq!(b.header_value().to_str().unwrap(), "Bearer tok-123");
        let k = Credentials::service_key("T_S_abc");
        assert_eq!(k.header_value().to_str().unwrap(), "T_S_abc");
        assert!(k.header_value().is_sensitive());
        for c in [b, k] {
            let d = format!("{c:?}");
            assert!(!d.contains("tok-123") && !d.contains("T_S_abc"), "{d}");
        }
        assert!(Credentials::service_key("bad\nkey").check().is_err());
    }

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
