//! The unit tests: a raw STOMP client over an in-memory WebSocket and the
//! helpers the tests share; the tests themselves are in the submodules, by
//! concern.

use super::*;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use futures_util::{SinkExt, StreamExt};
use serde_json::json;
use tokio::io::DuplexStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::Role;

use crate::ips_cloud::channels::{CHANNELS, ServerMessage, destination as dest};
use crate::ips_cloud::{Channel, Direction};
use crate::stomp::{Command, Frame, Item, encode};
use crate::validate::{Api, Schema};

use super::receipts::money;
use super::time::{civil_from_days, rfc3339_now, unix_millis};

mod connection;
mod licences;
mod payments;
mod time;

const PAYPOINT: &str = "INST001";
const WAIT: Duration = Duration::from_secs(10);

/// A raw STOMP client over an in-memory WebSocket.
struct Client {
    ws: WebSocketStream<DuplexStream>,
    decoder: Decoder,
    version: Version,
    server: tokio::task::JoinHandle<()>,
}

fn new_state() -> Arc<Mutex<State>> {
    Arc::new(Mutex::new(State::default()))
}

async fn open(state: &Arc<Mutex<State>>) -> Client {
    open_with(state, PAYPOINT, ServeConfig::default()).await
}

async fn open_with(state: &Arc<Mutex<State>>, paypoint: &str, config: ServeConfig) -> Client {
    let (a, b) = tokio::io::duplex(1 << 16);
    let server_ws = WebSocketStream::from_raw_socket(a, Role::Server, None).await;
    let server = tokio::spawn(serve(
        server_ws,
        paypoint.to_string(),
        state.clone(),
        config,
    ));
    let ws = WebSocketStream::from_raw_socket(b, Role::Client, None).await;
    Client {
        ws,
        decoder: Decoder::new(Limits::default()),
        version: Version::V1_0,
        server,
    }
}

impl Client {
    async fn raw(&mut self, bytes: &[u8], binary: bool) {
        let message = if binary {
            Message::binary(bytes.to_vec())
        } else {
            Message::text(String::from_utf8(bytes.to_vec()).unwrap())
        };
        self.ws.send(message).await.unwrap();
    }

    async fn send_frame(&mut self, frame: &Frame) {
        let bytes = encode(frame, self.version);
        self.raw(&bytes, false).await;
    }

    /// The next item (frame or heart-beat); `None` once closed.
    async fn next_item(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.decoder.next_item().expect("the server's framing") {
                return Some(item);
            }
            let message = tokio::time::timeout(WAIT, self.ws.next())
                .await
                .expect("the server answers in time");
            match message {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return None,
                Some(Ok(Message::Text(t))) => self.decoder.push(t.as_bytes()),
                Some(Ok(Message::Binary(b))) => self.decoder.push(&b),
                Some(Ok(_)) => {}
            }
        }
    }

    /// The next frame (heart-beats skipped); `None` once closed.
    async fn next_frame(&mut self) -> Option<Frame> {
        loop {
            match self.next_item().await? {
                Item::Frame(f) => return Some(f),
                Item::HeartBeat => {}
            }
        }
    }

    async fn expect_frame(&mut self) -> Frame {
        self.next_frame().await.expect("a frame before the close")
    }

    async fn connect(&mut self, licence: Option<&str>) -> Frame {
        let mut frame = Frame::new(Command::Connect)
            .header("accept-version", "1.1")
            .header("host", format!("/ipc-app/payment/{PAYPOINT}"))
            .header("heart-beat", "0,0");
        if let Some(key) = licence {
            frame = frame.header("x-wp-authorization", key);
        }
        self.send_frame(&frame).await;
        let connected = self.expect_frame().await;
        assert_eq!(connected.command, Command::Connected, "{connected:?}");
        self.version = Version::of_connected(&connected).unwrap();
        self.decoder.set_version(self.version);
        connected
    }

    /// Subscribes to every reply destination of the operation.
    async fn subscribe_replies(&mut self, operation_id: &str) {
        let channel = Channel::by_operation(operation_id).unwrap();
        for (i, destination) in channel.replies.iter().enumerate() {
            self.subscribe(&format!("sub-{i}"), destination).await;
        }
    }

    async fn subscribe(&mut self, id: &str, destination: &str) {
        let frame = Frame::new(Command::Subscribe)
            .header("id", id)
            .header("destination", destination)
            .header("ack", "auto");
        self.send_frame(&frame).await;
    }

    async fn send_json(&mut self, destination: &str, body: &Value) {
        let frame = Frame::new(Command::Send)
            .header("destination", destination)
            .header("content-type", "application/json")
            .header(
                "x-wp-correlation-id",
                "9b3c1f6e-1111-4222-8333-444455556666",
            )
            .body(serde_json::to_vec(body).unwrap());
        self.send_frame(&frame).await;
    }

    /// Every MESSAGE until one on a terminal destination of
    /// `operation_id` (checked, see [`check_message`]).
    async fn until_terminal(&mut self, operation_id: &str) -> Vec<(String, Value)> {
        let channel = Channel::by_operation(operation_id).unwrap();
        let mut out = Vec::new();
        loop {
            let (destination, body) = self.message().await;
            let terminal = channel.terminal.contains(&destination.as_str());
            out.push((destination, body));
            if terminal {
                return out;
            }
        }
    }

    /// The next MESSAGE, checked.
    async fn message(&mut self) -> (String, Value) {
        let frame = self.expect_frame().await;
        assert_eq!(frame.command, Command::Message, "{frame:?}");
        check_message(&frame)
    }

    async fn disconnect(mut self) {
        let frame = Frame::new(Command::Disconnect).header("receipt", "bye");
        self.send_frame(&frame).await;
        let receipt = self.expect_frame().await;
        assert_eq!(receipt.command, Command::Receipt);
        assert_eq!(receipt.get("receipt-id"), Some("bye"));
        assert!(
            self.next_frame().await.is_none(),
            "closed after the RECEIPT"
        );
        self.server
            .await
            .expect("the server task ends without panicking");
    }

    /// Expects an ERROR frame, then the close.
    async fn expect_error_and_close(mut self) -> Frame {
        let error = self.expect_frame().await;
        assert_eq!(error.command, Command::Error, "{error:?}");
        assert!(error.get("message").is_some_and(|m| !m.is_empty()));
        assert!(self.next_frame().await.is_none(), "closed after the ERROR");
        self.server
            .await
            .expect("the server task ends without panicking");
        error
    }
}

/// Checks a MESSAGE: the headers the simulator promises, the body valid
/// against the schema of its destination and decoded by the crate's
/// own types; returns (destination, body).
fn check_message(frame: &Frame) -> (String, Value) {
    let destination = frame.get("destination").expect("destination").to_string();
    for header in [
        "subscription",
        "message-id",
        "x-wp-correlation-id",
        "timestamp",
        "content-length",
    ] {
        assert!(frame.get(header).is_some(), "{header} missing: {frame:?}");
    }
    assert_eq!(frame.get("content-type"), Some("application/json"));
    assert_eq!(
        frame.get("content-length"),
        Some(frame.body.len().to_string().as_str())
    );
    let body: Value = serde_json::from_slice(&frame.body).expect("a JSON body");
    let channel = CHANNELS
        .iter()
        .find(|c| c.destination == destination && c.direction == Direction::Subscribe)
        .expect("a reply destination of the channel table");
    let schema = Schema::response(Api::IpsCloud, channel.operation_id, 200).unwrap();
    if let Err(violations) = schema.validate(&body) {
        panic!("{destination}: {body} breaks its schema: {violations:?}");
    }
    ServerMessage::decode(&destination, &frame.body)
        .unwrap_or_else(|e| panic!("{destination}: the crate cannot decode {body}: {e}"));
    (destination, body)
}

fn registration_body() -> Value {
    json!({
        "pointOfSaleId": "D45FGT",
        "pointOfSaleReference": "POS123",
        "pointOfSaleActivationCode": DEFAULT_ACTIVATION_CODE,
    })
}

/// Registers a point of sale on a connection of its own; the key.
async fn register(state: &Arc<Mutex<State>>) -> String {
    let mut client = open(state).await;
    client.connect(None).await;
    client.subscribe_replies("registerPointOfSale").await;
    client
        .send_json(dest::REGISTER_POINT_OF_SALE, &registration_body())
        .await;
    let (destination, body) = client.message().await;
    assert_eq!(destination, dest::RECEIVE_POINT_OF_SALE_REGISTRATION);
    client.disconnect().await;
    body["pointOfSaleLicenseKey"].as_str().unwrap().to_string()
}

fn sale(reference: &str, payment_type: &str, amount: i64) -> Value {
    json!({
        "paymentType": payment_type,
        "merchantTransactionReference": reference,
        "instruction": {
            "value": {"amount": amount},
            "paymentInstrument": {"type": "card/present"},
        },
    })
}

/// Connects with `key`, subscribes to the operation's replies, sends.
async fn request(state: &Arc<Mutex<State>>, key: &str, operation_id: &str, body: &Value) -> Client {
    let mut client = open(state).await;
    client.connect(Some(key)).await;
    client.subscribe_replies(operation_id).await;
    let channel = Channel::by_operation(operation_id).unwrap();
    client.send_json(channel.destination, body).await;
    client
}

fn of<'a>(messages: &'a [(String, Value)], destination: &str) -> Vec<&'a Value> {
    messages
        .iter()
        .filter(|(d, _)| d == destination)
        .map(|(_, b)| b)
        .collect()
}

fn the_payment(messages: &[(String, Value)]) -> Value {
    let results = of(messages, dest::RECEIVE_PAYMENT_RESULT);
    assert_eq!(results.len(), 1, "one result: {messages:?}");
    results[0]["payments"][0].clone()
}

fn decode_receipt(receipt: &Value) -> String {
    String::from_utf8(
        STANDARD
            .decode(receipt["content"].as_str().unwrap())
            .unwrap(),
    )
    .unwrap()
}
