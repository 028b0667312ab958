//! HTTP byte ranges (`Range: bytes=…`, RFC 9110 §14), one range per request: what video
//! players and download managers send. Several ranges or a malformed header are answered
//! with the whole body, as the RFC allows.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Range {
    /// `bytes=10-` or `bytes=10-20`.
    From { start: u64, end: Option<u64> },
    /// `bytes=-500`: the last 500 bytes.
    Suffix(u64),
    /// Not a single byte range: send the whole body.
    Ignore,
}

pub fn parse(header: &str) -> Range {
    let Some(spec) = header.trim().strip_prefix("bytes=") else { return Range::Ignore };
    if spec.contains(',') {
        return Range::Ignore;
    }
    let Some((a, b)) = spec.trim().split_once('-') else { return Range::Ignore };
    let num = |s: &str| -> Option<u64> {
        let s = s.trim();
        (!s.is_empty() && s.len() <= 19 && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse().ok()).flatten()
    };
    match (a.trim().is_empty(), b.trim().is_empty()) {
        (true, false) => num(b).map(Range::Suffix).unwrap_or(Range::Ignore),
        (false, true) => num(a).map(|start| Range::From { start, end: None }).unwrap_or(Range::Ignore),
        (false, false) => match (num(a), num(b)) {
            (Some(start), Some(end)) if end >= start => Range::From { start, end: Some(end) },
            _ => Range::Ignore,
        },
        (true, true) => Range::Ignore,
    }
}

impl Range {
    /// The inclusive byte positions to send for a body of `len` bytes; None when the
    /// range lies outside it (416).
    pub fn resolve(self, len: u64) -> Option<(u64, u64)> {
        match self {
            Range::Ignore => (len > 0).then(|| (0, len - 1)),
            Range::From { start, end } => {
                if start >= len {
                    return None;
                }
                Some((start, end.map_or(len - 1, |e| e.min(len - 1))))
            }
            Range::Suffix(n) => {
                if n == 0 || len == 0 {
                    return None;
                }
                Some((len.saturating_sub(n), len - 1))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_single_ranges() {
        assert_eq!(parse("bytes=0-99"), Range::From { start: 0, end: Some(99) });
        assert_eq!(parse("bytes=100-"), Range::From { start: 100, end: None });
        assert_eq!(parse("bytes=-500"), Range::Suffix(500));
        for bad in ["bytes=5-1", "bytes=0-1,5-6", "items=0-1", "bytes=-", "bytes=a-b", "bytes=99999999999999999999-"] {
            assert_eq!(parse(bad), Range::Ignore, "{bad}");
        }
    }

    #[test]
    fn resolves_against_the_length() {
        assert_eq!(parse("bytes=0-99").resolve(50), Some((0, 49)));
        assert_eq!(parse("bytes=10-").resolve(50), Some((10, 49)));
        assert_eq!(parse("bytes=-10").resolve(50), Some((40, 49)));
        assert_eq!(parse("bytes=-100").resolve(50), Some((0, 49)));
        assert_eq!(parse("bytes=50-").resolve(50), None);
        assert_eq!(parse("bytes=-0").resolve(50), None);
        assert_eq!(parse("nonsense").resolve(50), Some((0, 49)));
        assert_eq!(parse("nonsense").resolve(0), None);
    }
}
