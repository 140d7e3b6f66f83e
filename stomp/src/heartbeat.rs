//! The `heart-beat` header and its negotiation (STOMP 1.1+).

use std::fmt;
use std::time::Duration;

use super::error::CodecError;

/// The value of a `heart-beat` header, in milliseconds: on CONNECT
/// `cx,cy` (the client can send every `cx`, wants to receive every `cy`),
/// on CONNECTED `sx,sy` from the server's side. 0 means "cannot" / "does
/// not want".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct HeartBeat {
    /// The smallest interval at which this side can send heart-beats (0:
    /// never).
    pub cx: u32,
    /// The interval at which this side wants to receive heart-beats (0:
    /// never).
    pub cy: u32,
}

impl HeartBeat {
    /// No heart-beats either way (`0,0`, the default when the header is
    /// absent).
    pub const NONE: HeartBeat = HeartBeat { cx: 0, cy: 0 };

    /// Parses a header value such as `0,10000`: two unsigned decimal
    /// numbers (ASCII digits only, blanks around each tolerated) separated
    /// by one comma.
    pub fn parse(value: &str) -> Result<HeartBeat, CodecError> {
        let (x, y) = value.split_once(',').ok_or(CodecError::InvalidHeartBeat {
            reason: "expected two numbers separated by a comma",
        })?;
        Ok(HeartBeat {
            cx: parse_ms(x)?,
            cy: parse_ms(y)?,
        })
    }

    /// The header value, `cx,cy`.
    pub fn to_header(&self) -> String {
        format!("{},{}", self.cx, self.cy)
    }
}

impl fmt::Display for HeartBeat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{},{}", self.cx, self.cy)
    }
}

fn parse_ms(text: &str) -> Result<u32, CodecError> {
    let text = text.trim_matches([' ', '\t']);
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CodecError::InvalidHeartBeat {
            reason: "each interval must be a decimal number of milliseconds",
        });
    }
    text.parse().map_err(|_| CodecError::InvalidHeartBeat {
        reason: "an interval does not fit in 32 bits",
    })
}

/// Settles heart-beating between a client (its CONNECT header) and a server
/// (its CONNECTED header), per STOMP 1.1: returns (how often the client
/// must send, how often the client should expect data from the server).
///
/// Each direction is `None` when either relevant side says 0, otherwise the
/// larger of the two: client to server `max(client.cx, server.cy)`, server
/// to client `max(server.cx, client.cy)`.
pub fn negotiate(client: HeartBeat, server: HeartBeat) -> (Option<Duration>, Option<Duration>) {
    fn direction(sender_can: u32, receiver_wants: u32) -> Option<Duration> {
        if sender_can == 0 || receiver_wants == 0 {
            None
        } else {
            Some(Duration::from_millis(u64::from(
                sender_can.max(receiver_wants),
            )))
        }
    }
    (
        direction(client.cx, server.cy),
        direction(server.cx, client.cy),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats() {
        let hb = HeartBeat::parse("0,10000").unwrap();
        assert_eq!(hb, HeartBeat { cx: 0, cy: 10000 });
        assert_eq!(hb.to_header(), "0,10000");
        assert_eq!(hb.to_string(), "0,10000");
        assert_eq!(
            HeartBeat::parse(" 5 , 7 ").unwrap(),
            HeartBeat { cx: 5, cy: 7 }
        );
    }

    #[test]
    fn rejects_malformed_values() {
        for bad in [
            "",
            "10",
            "1,",
            ",1",
            "a,1",
            "1,-2",
            "+1,2",
            "1,2,3",
            "99999999999,1",
            "1.5,2",
        ] {
            let err = HeartBeat::parse(bad).unwrap_err();
            assert!(
                matches!(err, CodecError::InvalidHeartBeat { .. }),
                "{bad:?}"
            );
            // The message never quotes the value.
            if !bad.is_empty() {
                assert!(!err.to_string().contains(bad), "{bad:?}: {err}");
            }
        }
    }

    #[test]
    fn negotiation_takes_the_max_and_zero_disables() {
        let ms = Duration::from_millis;
        // Client 4000,10000 against server 0,10000: the client sends every
        // max(4000, 10000); the server never sends.
        assert_eq!(
            negotiate(
                HeartBeat {
                    cx: 4000,
                    cy: 10000
                },
                HeartBeat { cx: 0, cy: 10000 }
            ),
            (Some(ms(10000)), None)
        );
        assert_eq!(
            negotiate(
                HeartBeat { cx: 4000, cy: 3000 },
                HeartBeat { cx: 5000, cy: 1000 }
            ),
            (Some(ms(4000)), Some(ms(5000)))
        );
        assert_eq!(
            negotiate(HeartBeat { cx: 0, cy: 0 }, HeartBeat { cx: 5000, cy: 1000 }),
            (None, None)
        );
        assert_eq!(
            negotiate(HeartBeat { cx: 100, cy: 100 }, HeartBeat::NONE),
            (None, None)
        );
    }
}
