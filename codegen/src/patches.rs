//! Named patches: fixes for known bugs of one specification.
//!
//! Each patch says what is wrong in the published description, how that
//! shows (usually: Worldpay's own example breaks the published constraint),
//! and what it changes. A patch that finds nothing to fix reports so at
//! build time ("no longer applies"): Worldpay has fixed the description and
//! the patch should be deleted. Patches run before the general transforms
//! of `fixup/` and so shape both the validation and the generation
//! documents.

use serde_json::{Value, json};

/// A fix for one known bug of one specification.
#[derive(Debug)]
pub struct Patch {
    /// Stable name, shown at build time.
    pub name: &'static str,
    /// What is wrong and what the patch does.
    pub description: &'static str,
    /// Applies the patch; `Ok(false)` when there was nothing to fix.
    pub apply: fn(&mut Value) -> Result<bool, String>,
}

/// The named patch `name`, of whichever description it belongs to (an
/// API's `api.yaml` lists the ones it applies).
pub fn named(name: &str) -> Option<&'static Patch> {
    [CARD_PAYMENTS_V7, VERIFIED_PAYMENTS, PAYMENT_QUERIES]
        .into_iter()
        .flatten()
        .find(|p| p.name == name)
}

/// The patches of Card Payments v7 (`schemas/card-payments-v7/openapi.yaml`).
pub const CARD_PAYMENTS_V7: &[Patch] = &[
    Patch {
        name: "currency-pattern-single-letter",
        description: "`currency` has `pattern: ^[A-Z]$` (one letter) and length 3, which no \
                      value satisfies; every example sends ISO 4217 codes such as \"GBP\". \
                      The pattern becomes `^[A-Z]{3}$`.",
        apply: currency_pattern,
    },
    Patch {
        name: "narrative-pattern-unescaped-brackets",
        description: "`narrative.line1`/`line2` use `[...?[]{}~...]`: the unescaped `]` ends \
                      the character class early, so the pattern demands a literal `{}~/` and \
                      rejects the example \"MindPalace\". The brackets are escaped.",
        apply: narrative_pattern,
    },
    Patch {
        name: "expiry-date-integer-pattern",
        description: "`expiryDateCard`/`expiryDateToken` give the integers `month` and `year` \
                      a string `pattern`, which JSON Schema ignores for integers (month 13 \
                      would pass). The patterns become the bounds they mean: month 1..=12, \
                      year 1000..=9999.",
        apply: expiry_date_bounds,
    },
    Patch {
        name: "risk-factor-items-untyped",
        description: "`riskFactors` is an array of bare objects: the published file gives its \
                      items no properties, so a generator can only keep them as untyped JSON. \
                      Worldpay's reference page and every example give each item `type` (avs, \
                      cvc, riskProfile), `risk` (notChecked, notMatched, notSupplied, \
                      verificationFailed) and an optional `detail` (address, postcode); the \
                      items get those properties (open enums in answers, as every response \
                      enum).",
        apply: risk_factor_items,
    },
    Patch {
        name: "events-answers-links",
        description: "`payments_events_200_response` and `payments_events_recovery_200_response` \
                      list only `lastEvent`, while Worldpay's examples and its \"query a \
                      payment\" pages answer both queries with `_links` to the payment's next \
                      actions (cancel, settle, partial settle, refund, ...). Without them a \
                      payment recovered after a lost answer could not be acted on. Both get \
                      `_links` listing every action of the payment's link lists; which ones an \
                      answer offers is checked when a link is followed.",
        apply: events_answers_links,
    },
    Patch {
        name: "events-recovery-query-parameters",
        description: "`eventRecovery` (`GET /payments/events`) lists no parameters, while \
                      Worldpay's \"query a payment\" pages call it as \
                      `?transactionRef={transactionReference}&entity={merchant entity}`. Both \
                      query parameters are added, required, typed as the request's \
                      `transactionReference` and `entity`.",
        apply: events_recovery_parameters,
    },
    Patch {
        name: "masked-instrument-token-number",
        description: "`responsePaymentInstrument` omits `tokenNumber`, which Worldpay's answers \
                      to an encrypted-wallet authorization carry (masked, like \
                      `555555******4444`, with `type` `card/network+masked`). It is added as a \
                      string, so it is kept (and, being a token number, redacted).",
        apply: masked_instrument_token_number,
    },
    Patch {
        name: "split-funding-reference-spaces",
        description: "`merchant.marketplace.splitFundingReference` (partial settle, partial \
                      refund) has a pattern without a space, while Worldpay's own examples send \
                      \"my split funding ref\". A space is added to the pattern's class.",
        apply: split_funding_reference,
    },
    Patch {
        name: "account-updater-message-typo",
        description: "`updatedPaymentInstrument.accountUpdaterMessage` lists \"TThe expiration \
                      date was changed\" (doubled T), while Worldpay's page shows \"The expiry \
                      was changed\". Both spellings Worldpay may send are listed; the enum is \
                      open in responses anyway.",
        apply: account_updater_message,
    },
    Patch {
        name: "events-recovery-send-for-cancellation",
        description: "`payments_events_recovery_200_response.lastEvent` lists \"Send for \
                      Cancellation\" where the event query lists \"Sent for Cancellation\". \
                      The correct spelling is added beside the published one.",
        apply: events_recovery_cancellation,
    },
];

fn schema_mut<'a>(doc: &'a mut Value, name: &str) -> Option<&'a mut Value> {
    doc.pointer_mut(&format!("/components/schemas/{name}"))
}

fn currency_pattern(doc: &mut Value) -> Result<bool, String> {
    let mut changed = false;
    for ptr in [
        "/components/schemas/value/properties/currency",
        "/components/schemas/amounts/properties/currency",
        "/components/schemas/payments_increaseAuthorize_response/properties/amounts/properties/currency",
    ] {
        if let Some(s) = doc.pointer_mut(ptr)
            && s.get("pattern").and_then(Value::as_str) == Some("^[A-Z]$")
        {
            s["pattern"] = json!("^[A-Z]{3}$");
            changed = true;
        }
    }
    Ok(changed)
}

fn narrative_pattern(doc: &mut Value) -> Result<bool, String> {
    const BROKEN: &str = "^[a-zA-Z0-9 _!@#$%()*=.:;?[]{}~/+-,`^&]*$";
    const FIXED: &str = r"^[a-zA-Z0-9 _!@#$%()*=.:;?\[\]{}~/+\-,`^&]*$";
    let mut changed = false;
    for line in ["line1", "line2"] {
        let ptr = format!("/components/schemas/narrative/properties/{line}/pattern");
        if let Some(p) = doc.pointer_mut(&ptr)
            && p.as_str() == Some(BROKEN)
        {
            *p = json!(FIXED);
            changed = true;
        }
    }
    Ok(changed)
}

fn expiry_date_bounds(doc: &mut Value) -> Result<bool, String> {
    let mut changed = false;
    for name in ["expiryDateCard", "expiryDateToken"] {
        let Some(props) = schema_mut(doc, name).and_then(|s| s.get_mut("properties")) else {
            continue;
        };
        for (field, min, max) in [("month", 1, 12), ("year", 1000, 9999)] {
            let Some(f) = props.get_mut(field).and_then(Value::as_object_mut) else {
                continue;
            };
            if f.get("type").and_then(Value::as_str) == Some("integer") && f.contains_key("pattern")
            {
                f.remove("pattern");
                f.insert("minimum".into(), json!(min));
                f.insert("maximum".into(), json!(max));
                changed = true;
            }
        }
    }
    Ok(changed)
}

fn risk_factor_items(doc: &mut Value) -> Result<bool, String> {
    let Some(items) = schema_mut(doc, "riskFactors")
        .and_then(|s| s.get_mut("items"))
        .and_then(Value::as_object_mut)
    else {
        return Ok(false);
    };
    if items.contains_key("properties") {
        return Ok(false);
    }
    items.insert("required".into(), json!(["type", "risk"]));
    items.insert(
        "properties".into(),
        json!({
            "type": {
                "type": "string",
                "description": "What was checked.",
                "enum": ["avs", "cvc", "riskProfile"]
            },
            "risk": {
                "type": "string",
                "description": "Result of the verification.",
                "enum": ["notChecked", "notMatched", "notSupplied", "verificationFailed"]
            },
            "detail": {
                "type": "string",
                "description": "Which part of the address an `avs` factor is about.",
                "enum": ["address", "postcode"]
            }
        }),
    );
    Ok(true)
}

/// The relations an events answer may offer: every action of the
/// payment's published link lists.
const EVENTS_LINKS: &str = "payments_links_list_events";

fn events_answers_links(doc: &mut Value) -> Result<bool, String> {
    let mut changed = false;
    for name in [
        "payments_events_200_response",
        "payments_events_recovery_200_response",
    ] {
        let Some(props) = schema_mut(doc, name)
            .and_then(|s| s.get_mut("properties"))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        if props.contains_key("_links") {
            continue;
        }
        props.insert(
            "_links".into(),
            json!({"$ref": format!("#/components/schemas/{EVENTS_LINKS}")}),
        );
        changed = true;
    }
    if changed {
        let Some(schemas) = doc
            .pointer_mut("/components/schemas")
            .and_then(Value::as_object_mut)
        else {
            return Err("no components.schemas".into());
        };
        // The union of the published lists' relations, in their order.
        let mut relations: Vec<String> = Vec::new();
        for (name, list) in schemas.iter() {
            if !name.starts_with("payments_links_list_") {
                continue;
            }
            for rel in list
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flat_map(|p| p.keys())
            {
                if !relations.contains(rel) {
                    relations.push(rel.clone());
                }
            }
        }
        if relations.is_empty() {
            return Err("no `payments_links_list_*` schema to take the relations from".into());
        }
        let link = json!({"type": "object", "properties": {"href": {"type": "string"}}});
        let properties: serde_json::Map<String, Value> =
            relations.into_iter().map(|r| (r, link.clone())).collect();
        schemas.insert(
            EVENTS_LINKS.into(),
            json!({
                "type": "object",
                "description": "The payment's next actions, as an events answer offers them \
                                (added by the `events-answers-links` patch).",
                "properties": properties
            }),
        );
    }
    Ok(changed)
}

fn events_recovery_parameters(doc: &mut Value) -> Result<bool, String> {
    let Some(get) = doc.pointer_mut("/paths/~1payments~1events/get") else {
        return Ok(false);
    };
    let params = get
        .as_object_mut()
        .ok_or("`GET /payments/events` is not an object")?
        .entry("parameters")
        .or_insert_with(|| json!([]))
        .as_array_mut()
        .ok_or("`GET /payments/events` parameters are not a list")?;
    if params
        .iter()
        .any(|p| p.get("in").and_then(Value::as_str) == Some("query"))
    {
        return Ok(false);
    }
    params.push(json!({
        "name": "transactionRef",
        "in": "query",
        "required": true,
        "description": "The `transactionReference` of the payment to find, as sent in its \
                        authorization request.",
        "schema": {"$ref": "#/components/schemas/transactionReference"}
    }));
    params.push(json!({
        "name": "entity",
        "in": "query",
        "required": true,
        "description": "The merchant `entity` the payment was made under, as sent in its \
                        authorization request.",
        "schema": {"$ref": "#/components/schemas/entity"}
    }));
    Ok(true)
}

fn masked_instrument_token_number(doc: &mut Value) -> Result<bool, String> {
    let Some(props) = schema_mut(doc, "responsePaymentInstrument")
        .and_then(|s| s.get_mut("properties"))
        .and_then(Value::as_object_mut)
    else {
        return Ok(false);
    };
    if props.contains_key("tokenNumber") {
        return Ok(false);
    }
    props.insert(
        "tokenNumber".into(),
        json!({
            "type": "string",
            "description": "The network token's number, masked (`555555******4444`): sent for \
                            encrypted-wallet payments (`card/network+masked`)."
        }),
    );
    Ok(true)
}

fn split_funding_reference(doc: &mut Value) -> Result<bool, String> {
    const PUBLISHED: &str = "^[-A-Za-z0-9_!@#$%()*=.:;?\\[\\]{}~`/+]*$";
    const WITH_SPACE: &str = "^[-A-Za-z0-9 _!@#$%()*=.:;?\\[\\]{}~`/+]*$";
    let mut changed = false;
    for schema in ["payments_partialSettle", "payments_partialRefund"] {
        let ptr = format!(
            "/components/schemas/{schema}/properties/merchant/properties/marketplace/properties/splitFundingReference/pattern"
        );
        if let Some(p) = doc.pointer_mut(&ptr)
            && p.as_str() == Some(PUBLISHED)
        {
            *p = json!(WITH_SPACE);
            changed = true;
        }
    }
    Ok(changed)
}

fn account_updater_message(doc: &mut Value) -> Result<bool, String> {
    let ptr = "/components/schemas/updatedPaymentInstrument/properties/accountUpdaterMessage/enum";
    let Some(values) = doc.pointer_mut(ptr).and_then(Value::as_array_mut) else {
        return Ok(false);
    };
    let Some(i) = values
        .iter()
        .position(|v| v.as_str() == Some("TThe expiration date was changed"))
    else {
        return Ok(false);
    };
    values[i] = json!("The expiration date was changed");
    values.insert(i + 1, json!("The expiry was changed"));
    Ok(true)
}

fn events_recovery_cancellation(doc: &mut Value) -> Result<bool, String> {
    let ptr = "/components/schemas/payments_events_recovery_200_response/properties/lastEvent/enum";
    let Some(values) = doc.pointer_mut(ptr).and_then(Value::as_array_mut) else {
        return Ok(false);
    };
    let has = |s: &str, v: &[Value]| v.iter().any(|x| x.as_str() == Some(s));
    if !has("Send for Cancellation", values) || has("Sent for Cancellation", values) {
        return Ok(false);
    }
    let i = values
        .iter()
        .position(|v| v.as_str() == Some("Send for Cancellation"))
        .expect("checked");
    values.insert(i, json!("Sent for Cancellation"));
    Ok(true)
}

/// The patches of Verified Payments (`schemas/verified-payments/`). The
/// published JSON Schemas contradict the page's own example in three ways.
pub const VERIFIED_PAYMENTS: &[Patch] = &[
    Patch {
        name: "links-typed-as-array",
        description: "The response schema types `_links` as an array; the example (and HAL) \
                      has an object of relations. It becomes an object listing the documented \
                      `verifiedPayments:3dsDeviceData` relation and `curies`.",
        apply: vp_links_object,
    },
    Patch {
        name: "reason-array-without-items",
        description: "The response's `reason` is an array with no item type, which generators \
                      can only read as untyped JSON. Its items become strings (reason codes).",
        apply: vp_reason_items,
    },
    Patch {
        name: "payment-instrument-empty-schema",
        description: "The request's `instruction.paymentInstrument` is `{}` (anything), while the \
                      example sends a `card/plain` instrument: left untyped, its card number \
                      would be neither checked nor redacted. It becomes the `card/plain` object \
                      the example shows (type, cardHolderName, cardNumber, cardExpiryDate), with \
                      cvc and billingAddress as Access Worldpay's other APIs define them.",
        apply: vp_payment_instrument,
    },
];

fn vp_links_object(doc: &mut Value) -> Result<bool, String> {
    let Some(links) =
        doc.pointer_mut("/components/schemas/verifiedPaymentResponse/properties/_links")
    else {
        return Ok(false);
    };
    if links.get("type").and_then(Value::as_str) != Some("array") {
        return Ok(false);
    }
    let link = json!({
        "type": "object",
        "required": ["href"],
        "properties": {
            "href": {"type": "string"},
            "templated": {"type": "boolean"},
            "name": {"type": "string"}
        }
    });
    *links = json!({
        "type": "object",
        "properties": {
            "verifiedPayments:3dsDeviceData": link.clone(),
            "curies": {"type": "array", "items": link}
        }
    });
    Ok(true)
}

fn vp_reason_items(doc: &mut Value) -> Result<bool, String> {
    let Some(reason) = doc
        .pointer_mut("/components/schemas/verifiedPaymentResponse/properties/reason")
        .and_then(Value::as_object_mut)
    else {
        return Ok(false);
    };
    if reason.get("type").and_then(Value::as_str) != Some("array") || reason.contains_key("items") {
        return Ok(false);
    }
    reason.insert("items".into(), json!({"type": "string"}));
    Ok(true)
}

fn vp_payment_instrument(doc: &mut Value) -> Result<bool, String> {
    let Some(pi) = doc.pointer_mut(
        "/components/schemas/verifiedPaymentRequest/properties/instruction/properties/paymentInstrument",
    ) else {
        return Ok(false);
    };
    if pi.as_object().is_none_or(|o| !o.is_empty()) {
        return Ok(false);
    }
    *pi = json!({
        "type": "object",
        "required": ["type", "cardNumber", "cardExpiryDate"],
        "properties": {
            "type": {"type": "string", "enum": ["card/plain"]},
            "cardHolderName": {"type": "string", "minLength": 1, "maxLength": 255},
            "cardNumber": {"type": "string", "pattern": "^[0-9]+$", "minLength": 12, "maxLength": 19},
            "cardExpiryDate": {
                "type": "object",
                "required": ["month", "year"],
                "properties": {
                    "month": {"type": "integer", "minimum": 1, "maximum": 12},
                    "year": {"type": "integer", "minimum": 1000, "maximum": 9999}
                }
            },
            "cvc": {"type": "string", "pattern": "^[0-9]+$", "minLength": 3, "maxLength": 4},
            "billingAddress": {
                "type": "object",
                "required": ["address1", "city", "countryCode", "postalCode"],
                "properties": {
                    "address1": {"type": "string"},
                    "address2": {"type": "string"},
                    "address3": {"type": "string"},
                    "postalCode": {"type": "string"},
                    "city": {"type": "string"},
                    "state": {"type": "string"},
                    "countryCode": {"type": "string"}
                }
            }
        }
    });
    Ok(true)
}

/// The patches of Payment Queries (`schemas/payment-queries/`).
pub const PAYMENT_QUERIES: &[Patch] = &[
    Patch {
        name: "payment-links-discriminated-on-self",
        description: "A queried payment's `_links` is a `oneOf` of ten link lists with a \
                      discriminator on `self`, an object (its mapping keys are descriptions such \
                      as \"Authorized\", which no answer carries), and each list nests its \
                      relations inside `self`. No answer can match exactly one list, so every \
                      answer with links would fail validation. It becomes one HAL links object: \
                      `self` required, and every relation the ten lists name, each a link.",
        apply: pq_payment_links,
    },
    Patch {
        name: "archived-card-brand-object",
        description: "An archived payment's `paymentInstrument.card.brand` is an object with no \
                      properties, while Worldpay's examples send a string (as the other queries' \
                      `brand` is): decoding would lose the whole answer. It becomes a string.",
        apply: pq_archived_brand,
    },
];

fn pq_payment_links(doc: &mut Value) -> Result<bool, String> {
    let Some(links) = doc
        .pointer("/components/schemas/pq_querybypaymentid_200_response/properties/_links")
        .cloned()
    else {
        return Ok(false);
    };
    if links
        .pointer("/discriminator/propertyName")
        .and_then(Value::as_str)
        != Some("self")
    {
        return Ok(false);
    }
    let lists = links
        .get("oneOf")
        .and_then(Value::as_array)
        .ok_or("`_links` has a discriminator but no `oneOf`")?;
    let mut relations = std::collections::BTreeSet::new();
    for list in lists {
        let name = list
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.rsplit('/').next())
            .ok_or("a `_links` branch is not a reference")?;
        let schema = doc
            .pointer(&format!("/components/schemas/{name}"))
            .ok_or_else(|| format!("`_links` branch `{name}` is not a component"))?;
        // The relations, whether listed beside `self` or (as published)
        // inside it.
        for props in [
            schema.get("properties"),
            schema.pointer("/properties/self/properties"),
        ]
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        {
            relations.extend(props.keys().filter(|k| *k != "href").cloned());
        }
    }
    let link =
        json!({"type": "object", "required": ["href"], "properties": {"href": {"type": "string"}}});
    let mut properties = serde_json::Map::new();
    for rel in relations {
        properties.insert(rel, link.clone());
    }
    let target = doc
        .pointer_mut("/components/schemas/pq_querybypaymentid_200_response/properties/_links")
        .ok_or("checked")?;
    *target = json!({"type": "object", "required": ["self"], "properties": properties});
    Ok(true)
}

fn pq_archived_brand(doc: &mut Value) -> Result<bool, String> {
    let Some(brand) = doc.pointer_mut(
        "/components/schemas/pq_queryhistoricalpayments_200_response/properties/_embedded\
         /properties/payments/items/properties/paymentInstrument/properties/card/properties/brand",
    ) else {
        return Ok(false);
    };
    if brand.get("type").and_then(Value::as_str) != Some("object") {
        return Ok(false);
    }
    *brand = json!({"type": "string"});
    Ok(true)
}
