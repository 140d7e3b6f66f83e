//! A 204 with examples only has no body; a request body with an example
//! only is not sent.
use super::types;
use crate::helpers::round_trip;

pub fn run() {
    let t: types::Task = round_trip(r#"{"name":"t"}"#);
    assert_eq!(t.name.as_deref(), Some("t"));
    let config = worldpay::transport::ClientConfig::new(
        worldpay::transport::Environment::Custom("http://127.0.0.1:9".into()),
    );
    let client = super::Client::new(&config).unwrap();
    // No body argument: the method takes none.
    let _future = client.stop_task();
    let _future = client.start_task(types::Task::builder().name("t"));
}
