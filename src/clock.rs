//! Times as text: RFC 3339 in UTC, as Go writes it, for the session's
//! expiry (`login`) and the sandbox's timestamps.

/// `YYYY-MM-DDTHH:MM:SSZ` of seconds since the epoch.
pub fn utc(epoch: u64) -> String {
    format(i64::try_from(epoch).unwrap_or(i64::MAX), 0)
}

/// An RFC 3339 time of nanoseconds since the epoch, or truncated to
/// microseconds; trailing zeros of the fraction dropped.
pub fn rfc3339(ns: i64, micro: bool) -> String {
    let mut frac = ns.rem_euclid(1_000_000_000);
    if micro {
        frac -= frac % 1000;
    }
    format(ns.div_euclid(1_000_000_000), frac)
}

fn format(secs: i64, frac_ns: i64) -> String {
    let days = secs.div_euclid(86_400);
    let tod = secs.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let mut s = format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}",
        tod / 3600,
        tod % 3600 / 60,
        tod % 60
    );
    if frac_ns != 0 {
        let f = format!("{frac_ns:09}");
        s.push('.');
        s.push_str(f.trim_end_matches('0'));
    }
    s.push('Z');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_read_as_utc() {
        assert_eq!(utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc(1_796_361_545), "2026-12-04T05:19:05Z");
        assert_eq!(utc(951_782_400), "2000-02-29T00:00:00Z");
        // A far-off expiry from a token is text, not a panic.
        assert!(utc(u64::MAX).ends_with('Z'));
    }

    #[test]
    fn nanoseconds_as_go_writes_them() {
        assert_eq!(rfc3339(0, false), "1970-01-01T00:00:00Z");
        let ns = 1_796_000_000_123_456_789;
        assert_eq!(rfc3339(ns, false), "2026-11-30T00:53:20.123456789Z");
        assert_eq!(rfc3339(ns, true), "2026-11-30T00:53:20.123456Z");
        assert_eq!(rfc3339(-1, false), "1969-12-31T23:59:59.999999999Z");
    }
}
