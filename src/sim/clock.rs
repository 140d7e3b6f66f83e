//! The simulator's one calendar: Unix epoch milliseconds, civil dates, and
//! RFC 3339 date-times in UTC, written and read. (No time zone database: the
//! simulator speaks UTC, offsets in what it reads are applied.)

use std::time::{SystemTime, UNIX_EPOCH};

/// Now, in milliseconds since the Unix epoch.
pub(crate) fn unix_millis() -> u64 {
    u64::try_from(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_millis(),
    )
    .unwrap_or(u64::MAX)
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian
/// (H. Hinnant's algorithm).
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let m = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// (year, month, day) → days since 1970-01-01, the inverse of
/// [`civil_from_days`].
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `millis` after the epoch as its date and its time of day, without a zone
/// (`2024-05-01`, `12:34:56.789`).
pub(crate) fn date_and_time(millis: u64) -> (String, String) {
    let secs = millis / 1000;
    let (y, m, d) = civil_from_days(i64::try_from(secs / 86_400).unwrap_or(0));
    let rem = secs % 86_400;
    (
        format!("{y:04}-{m:02}-{d:02}"),
        format!(
            "{:02}:{:02}:{:02}.{:03}",
            rem / 3600,
            rem % 3600 / 60,
            rem % 60,
            millis % 1000
        ),
    )
}

/// `millis` after the epoch as an RFC 3339 date-time in UTC
/// (`2024-05-01T12:34:56.789Z`).
pub(crate) fn rfc3339(millis: u64) -> String {
    let (date, time) = date_and_time(millis);
    format!("{date}T{time}Z")
}

/// Reads an RFC 3339 date-time (`2024-05-01T12:34:56Z`, fractions and
/// offsets allowed) or a plain date (`2024-05-01`, its midnight in UTC) as
/// milliseconds since the epoch; `None` for anything else or a time before
/// the epoch.
pub(crate) fn parse_rfc3339(text: &str) -> Option<u64> {
    let b = text.as_bytes();
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        let s = text.get(range)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || d == 0 || d > 31 {
        return None;
    }
    let days = days_from_civil(i64::from(y), m, d);
    if civil_from_days(days) != (i64::from(y), m, d) {
        return None; // 31 April, 30 February
    }
    let mut millis = days * 86_400_000;
    if b.len() > 10 {
        if !matches!(b[10], b'T' | b't') || b.len() < 19 || b[13] != b':' || b[16] != b':' {
            return None;
        }
        let (h, mi, s) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if h > 23 || mi > 59 || s > 60 {
            return None;
        }
        millis += i64::from(h * 3600 + mi * 60 + s) * 1000;
        let mut rest = &text[19..];
        if let Some(fraction) = rest.strip_prefix('.') {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            let ms: String = fraction[..digits]
                .chars()
                .chain("00".chars())
                .take(3)
                .collect();
            millis += i64::from(ms.parse::<u32>().ok()?);
            rest = &fraction[digits..];
        }
        match rest {
            "Z" | "z" => {}
            _ => {
                let sign = match rest.as_bytes().first()? {
                    b'+' => -1,
                    b'-' => 1,
                    _ => return None,
                };
                if rest.len() != 6 || rest.as_bytes()[3] != b':' {
                    return None;
                }
                let two = |s: &str| -> Option<u32> {
                    s.bytes()
                        .all(|c| c.is_ascii_digit())
                        .then(|| s.parse().ok())?
                };
                let (oh, om) = (two(rest.get(1..3)?)?, two(rest.get(4..6)?)?);
                if oh > 23 || om > 59 {
                    return None;
                }
                millis += sign * i64::from(oh * 3600 + om * 60) * 1000;
            }
        }
    }
    u64::try_from(millis).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times_are_written_and_read_back() {
        let t = 1_714_566_896_789; // 2024-05-01T12:34:56.789Z
        assert_eq!(rfc3339(t), "2024-05-01T12:34:56.789Z");
        assert_eq!(parse_rfc3339("2024-05-01T12:34:56.789Z"), Some(t));
        assert_eq!(parse_rfc3339("2024-05-01T13:34:56.789+01:00"), Some(t));
        assert_eq!(parse_rfc3339("2024-05-01"), Some(1_714_521_600_000));
        assert_eq!(civil_from_days(days_from_civil(2000, 2, 29)), (2000, 2, 29));
        for bad in [
            "2024-02-30",
            "2024-13-01",
            "2024-05-01T25:00:00Z",
            "2024-05-01T12:00",
            "yesterday",
            "2024-05-01T12:00:00+0100",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }
}
