//! Schemas used only through referenced components are generated; the
//! referenced `Accept` and `Content-Type` parameters are not asked for.
use super::types;
use crate::helpers::round_trip;

pub fn run() {
    let p: types::Parcel = round_trip(r#"{"id":"p1","weight":3}"#);
    assert_eq!(p.id, "p1");
    let _: types::ParcelRequest = round_trip(r#"{"weight":3}"#);
    let _: types::Problem = round_trip(r#"{"title":"gone"}"#);
    // The method takes the path parameter and the body, no headers.
    let config = worldpay::transport::ClientConfig::new(
        worldpay::transport::Environment::Custom("http://127.0.0.1:9".into()),
    );
    let client = super::Client::new(&config).unwrap();
    let _future = client.put_parcel("p1", types::ParcelRequest::new(3));
}
