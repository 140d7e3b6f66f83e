//! Licence keys: registration and refresh, the JWT-shaped keys issued and
//! their expiry, and whether a connection's key lets it in.

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite};

use crate::ips_cloud::channels::destination as dest;
use crate::sensitive::SecretText;

use super::connection::{Conn, Next};
use super::flow::Step;
use super::time::unix_millis;
use super::{State, code, lock};

/// A registered point of sale.
#[derive(Clone, Debug, PartialEq, Eq)]
struct PointOfSale {
    paypoint: String,
    id: String,
    reference: String,
}

/// A licence key's holder and expiry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Licence {
    pos: PointOfSale,
    /// Unix epoch milliseconds from which the key is refused.
    expires_at_ms: u128,
}

/// Why a licence key is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Refused {
    /// Never issued, replaced, or issued for another paypoint.
    Invalid,
    /// Issued, but its lifetime is over.
    Expired,
}

/// A key issued now: the key, and the milliseconds its reply's `timestamp`
/// header must carry.
struct Issued {
    key: String,
    issued_at_ms: u128,
}

impl State {
    /// Registers a point of sale and issues its licence key, lasting
    /// `lifetime`, invalidating any key issued to it before.
    fn register(&mut self, pos: PointOfSale, lifetime: Duration) -> Issued {
        self.licences
            .retain(|_, l| !(l.pos.paypoint == pos.paypoint && l.pos.id == pos.id));
        self.points_of_sale.insert(
            (pos.paypoint.clone(), pos.id.clone()),
            pos.reference.clone(),
        );
        self.issue(pos, lifetime)
    }

    /// A new key for `pos`, lasting `lifetime` from now.
    fn issue(&mut self, pos: PointOfSale, lifetime: Duration) -> Issued {
        let issued_at_ms = unix_millis();
        let expires_at_ms = issued_at_ms.saturating_add(lifetime.as_millis());
        let key = licence_key(&pos, expires_at_ms);
        self.licences
            .insert(SecretText::new(key.clone()), Licence { pos, expires_at_ms });
        Issued { key, issued_at_ms }
    }

    /// The point of sale that holds `key`, if the key is valid for
    /// `paypoint` and not expired.
    fn licence(&self, key: &SecretText, paypoint: &str) -> Result<&PointOfSale, Refused> {
        let licence = self
            .licences
            .get(key)
            .filter(|l| l.pos.paypoint == paypoint)
            .ok_or(Refused::Invalid)?;
        if unix_millis() >= licence.expires_at_ms {
            return Err(Refused::Expired);
        }
        Ok(&licence.pos)
    }

    /// Replaces `key` (valid for `paypoint`, not expired) by a new one
    /// lasting `lifetime`.
    fn refresh(
        &mut self,
        key: &SecretText,
        paypoint: &str,
        lifetime: Duration,
    ) -> Result<Issued, Refused> {
        self.licence(key, paypoint)?;
        let licence = self.licences.remove(key).ok_or(Refused::Invalid)?;
        Ok(self.issue(licence.pos, lifetime))
    }
}

/// A JWT-shaped licence key expiring at `expires_at_ms`: an RS256 header,
/// claims named as in the sample key of the client proven against IPS
/// Cloud (`pdposid`, `pdposref`, `exp`; `iss` names the simulator) and 256
/// random bytes (the size of an RS256 signature with a 2048-bit key), each
/// base64url. Unique per call.
fn licence_key(pos: &PointOfSale, expires_at_ms: u128) -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256","typ":"JWT"}"#);
    let claims = json!({
        "iss": "ips-cloud-simulator",
        "pdposid": pos.id,
        "pdposref": pos.reference,
        "exp": expires_at_ms / 1000,
    });
    let claims = URL_SAFE_NO_PAD.encode(claims.to_string());
    let signature: Vec<u8> = (0..16)
        .flat_map(|_| *uuid::Uuid::new_v4().as_bytes())
        .collect();
    format!("{header}.{claims}.{}", URL_SAFE_NO_PAD.encode(signature))
}

impl<S> Conn<S>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    /// No valid licence key: Error (if subscribed), ERROR frame, close.
    pub(super) async fn unauthorised(&mut self, correlation: &str) -> Next {
        self.flow = None;
        let message = match self.authentication() {
            Err(Refused::Expired) => {
                "The connection is not authenticated: the x-wp-authorization licence key has \
                 expired; register the point of sale again"
            }
            _ => {
                "The connection is not authenticated: the CONNECT frame carries no valid \
                 x-wp-authorization licence key for this paypoint"
            }
        };
        if self.subscribed(dest::RECEIVE_ERROR) {
            let body = json!({"code": code::UNAUTHORISED, "message": message});
            self.deliver(dest::RECEIVE_ERROR, &body, correlation).await;
        }
        self.fatal(&format!("{}: {message}", code::UNAUTHORISED), None)
            .await;
        Next::Stop
    }

    pub(super) fn authenticated(&self) -> bool {
        self.authentication().is_ok()
    }

    /// Whether the CONNECT frame's licence key is valid for this paypoint
    /// and not expired.
    fn authentication(&self) -> Result<(), Refused> {
        let key = self.licence.as_ref().ok_or(Refused::Invalid)?;
        lock(&self.state).licence(key, &self.paypoint).map(|_| ())
    }

    pub(super) fn register(&mut self, body: &Value) -> Result<Vec<Step>, (&'static str, String)> {
        let field = |name: &str| body.get(name).and_then(Value::as_str).unwrap_or_default();
        if field("pointOfSaleActivationCode") != self.config.activation_code {
            return Err((
                code::INVALID_ACTIVATION_CODE,
                "The activation code is not valid for this paypoint".into(),
            ));
        }
        let pos = PointOfSale {
            paypoint: self.paypoint.clone(),
            id: field("pointOfSaleId").to_string(),
            reference: field("pointOfSaleReference").to_string(),
        };
        let issued = lock(&self.state).register(pos, self.config.licence_lifetime);
        Ok(vec![Step::Stamped(
            dest::RECEIVE_POINT_OF_SALE_REGISTRATION,
            json!({"pointOfSaleLicenseKey": issued.key}),
            issued.issued_at_ms,
        )])
    }

    pub(super) fn refresh(&mut self) -> Result<Vec<Step>, (&'static str, String)> {
        let lifetime = self.config.licence_lifetime;
        let fresh = match &self.licence {
            Some(key) => lock(&self.state).refresh(key, &self.paypoint, lifetime),
            None => Err(Refused::Invalid),
        };
        match fresh {
            Ok(issued) => {
                self.licence = Some(SecretText::new(issued.key.clone()));
                Ok(vec![Step::Stamped(
                    dest::RECEIVE_POINT_OF_SALE_REGISTRATION_REFRESH,
                    json!({"pointOfSaleLicenseKey": issued.key}),
                    issued.issued_at_ms,
                )])
            }
            Err(Refused::Expired) => Err((
                code::UNAUTHORISED,
                "The licence key has expired: register the point of sale again".into(),
            )),
            Err(Refused::Invalid) => Err((
                code::UNAUTHORISED,
                "The licence key is no longer valid".into(),
            )),
        }
    }
}
