//! Sign-in throttling: after a few free failures, each further failure doubles the
//! wait before the next attempt, up to a ceiling. Kept per account and per address.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottleRule {
    /// Failures allowed before any wait.
    pub free_failures: u32,
    /// Wait after the first failure beyond the free ones, in seconds.
    pub base_secs: i64,
    /// The longest wait, in seconds.
    pub max_secs: i64,
    /// Failures older than this are forgotten, in seconds.
    pub forget_after_secs: i64,
}

/// Per account: five tries, then 2 s, 4 s, 8 s ... up to 15 minutes.
pub const PER_ACCOUNT: ThrottleRule =
    ThrottleRule { free_failures: 5, base_secs: 2, max_secs: 900, forget_after_secs: 3600 };
/// Per IP address: more room, since a town hall shares one address.
pub const PER_ADDRESS: ThrottleRule =
    ThrottleRule { free_failures: 30, base_secs: 2, max_secs: 900, forget_after_secs: 3600 };

/// Password-reset mails per address: three, then an hour-long doubling wait, so nobody
/// can flood a mailbox through the form.
pub const PER_RESET: ThrottleRule =
    ThrottleRule { free_failures: 3, base_secs: 60, max_secs: 3600, forget_after_secs: 3600 };

impl ThrottleRule {
    /// Seconds to wait after the `failures`-th consecutive failure (0: no wait).
    pub fn wait_after(&self, failures: u32) -> i64 {
        if failures <= self.free_failures {
            return 0;
        }
        let exp = (failures - self.free_failures - 1).min(30);
        self.base_secs.saturating_mul(1i64 << exp).min(self.max_secs)
    }

    /// The failure count to continue from, given the last failure time: old failures are forgotten.
    pub fn carried_failures(&self, failures: u32, last_failure_ms: i64, now_ms: i64) -> u32 {
        if now_ms - last_failure_ms > self.forget_after_secs * 1000 { 0 } else { failures }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_then_doubling_then_ceiling() {
        let r = PER_ACCOUNT;
        for f in 0..=5 {
            assert_eq!(r.wait_after(f), 0);
        }
        assert_eq!(r.wait_after(6), 2);
        assert_eq!(r.wait_after(7), 4);
        assert_eq!(r.wait_after(8), 8);
        assert_eq!(r.wait_after(15), 900);
        assert_eq!(r.wait_after(u32::MAX), 900);
    }

    #[test]
    fn old_failures_are_forgotten() {
        let r = PER_ACCOUNT;
        assert_eq!(r.carried_failures(7, 0, 3_600_000), 7);
        assert_eq!(r.carried_failures(7, 0, 3_600_001), 0);
    }

    #[test]
    fn address_rule_is_more_lenient() {
        assert_eq!(PER_ADDRESS.wait_after(30), 0);
        assert_eq!(PER_ADDRESS.wait_after(31), 2);
    }
}
