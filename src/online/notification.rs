//! Worldpay Online's order notifications (`ORDER_STATE_CHANGE`), sent to
//! the merchant's URL when an order changes state. No description covers
//! them; the fields are those Worldpay's notifications page lists, and
//! more may be added without notice (they are ignored). They carry no
//! signature: the documented way to trust one is to re-read the order
//! with the service key, [`Client::confirm_notification`].

use serde::{Deserialize, Serialize};

use super::Client;
use super::types::OrderState;
use crate::error::Error;

/// An order notification, as received. Nothing in it is card data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Notification {
    /// The merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_id: Option<String>,
    /// `ORDER_STATE_CHANGE` (the one type documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_event_type: Option<String>,
    /// The merchant's admin code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_code: Option<String>,
    /// The merchant code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_code: Option<String>,
    /// The order that changed.
    pub order_code: String,
    /// Its state after the change, as the notification says (trust the
    /// state [`Client::confirm_notification`] reads instead).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_status: Option<OrderState>,
    /// `TEST` or `LIVE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<String>,
}

/// The one notification type Worldpay Online documents.
pub const ORDER_STATE_CHANGE: &str = "ORDER_STATE_CHANGE";

impl crate::webhook::Decode for Notification {
    fn decode(value: serde_json::Value) -> Result<Self, serde_json::Error> {
        serde_json::from_value(value)
    }
}

/// A receiver of Worldpay Online's notifications: unsigned, so it only
/// decodes; confirm each with [`Client::confirm_notification`].
pub fn notification_receiver() -> crate::webhook::Receiver<Notification> {
    crate::webhook::Receiver::unsigned()
}

impl Client {
    /// Re-reads the order a notification names (`GET /orders/{orderCode}`,
    /// with this client's service key) and returns its state: the state to
    /// act on, since a notification is unsigned.
    pub async fn confirm_notification(
        &self,
        notification: &Notification,
    ) -> Result<Option<OrderState>, Error> {
        Ok(self
            .get_order(&notification.order_code)
            .await?
            .payment_status)
    }
}
