//! Dates (and amounts as receipts print them).

use super::*;

#[test]
fn dates_are_rfc3339() {
    assert_eq!(civil_from_days(0), (1970, 1, 1));
    assert_eq!(civil_from_days(19_723), (2024, 1, 1));
    assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    let now = rfc3339_now();
    let schema = json!({"type": "string", "format": "date-time"});
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    assert!(validator.is_valid(&json!(now)), "{now}");
    assert_eq!(money(1099), "10.99");
    assert_eq!(money(5), "0.05");
}
