//! One enum per operation keyed by success status; no body lost.
use super::types;
use crate::helpers::{answer, round_trip, server};

pub fn run() {
    // Decoded as the executor hands it over: the status with the body.
    let created: types::PutWidgetAnswer =
        round_trip::<serde_json::Value>(r#"{"status":"201","body":{"id":"w1","name":"Widget"}}"#)
            .pipe();
    match &created {
        types::PutWidgetAnswer::Created(w) => assert_eq!(w.id.as_deref(), Some("w1")),
        other => panic!("{other:?}"),
    }
    // Encoded as the body alone, as it came.
    assert_eq!(
        serde_json::to_value(&created).unwrap(),
        serde_json::json!({"id":"w1","name":"Widget"})
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let (url, seen) = server(vec![
            answer("201 Created", r#"{"id":"w1","name":"Widget"}"#),
            answer("200 OK", r#"{"existingId":"w0"}"#),
            answer("206 Partial Content", r#"{"missing":["colour"]}"#),
            answer("204 No Content", ""),
            answer("203 Non-Authoritative Information", r#"{"id":"w1","name":"Widget"}"#),
        ]);
        let config = worldpay::transport::ClientConfig::new(
            worldpay::transport::Environment::Custom(url),
        )
        .credentials(worldpay::auth::Credentials::bearer("token-1"));
        let client = super::Client::new(&config).unwrap();
        let put = || client.put_widget(types::Widget::new("Widget"));
        assert!(matches!(put().await.unwrap(), types::PutWidgetAnswer::Created(_)));
        let exists = put().await.unwrap();
        assert_eq!(exists.status(), "200");
        assert_eq!(
            serde_json::to_value(&exists).unwrap(),
            serde_json::json!({"existingId":"w0"})
        );
        let partial = put().await.unwrap();
        assert_eq!(
            serde_json::to_value(&partial).unwrap(),
            serde_json::json!({"missing":["colour"]})
        );
        assert_eq!(put().await.unwrap(), types::PutWidgetAnswer::NoContent);
        // Same body for every status: the body's type, as before.
        let w = client.get_widget("w1").await.unwrap();
        assert_eq!(w.name, "Widget");
        assert_eq!(seen.join().unwrap().len(), 5);
    });
}

trait Pipe {
    fn pipe(self) -> types::PutWidgetAnswer;
}

impl Pipe for serde_json::Value {
    fn pipe(self) -> types::PutWidgetAnswer {
        serde_json::from_value(self).unwrap()
    }
}
