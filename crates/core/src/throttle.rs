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

/// Wrong passwords for one account from one address: five tries, then 2 s, 4 s, 8 s …
/// up to two minutes. An attacker waits; a person elsewhere is not held up by it.
pub const PER_PAIR: ThrottleRule =
    ThrottleRule { free_failures: 5, base_secs: 2, max_secs: 120, forget_after_secs: 3600 };
/// Wrong passwords for one account from anywhere (guessing spread over many addresses):
/// more room, and never longer than a minute, so nobody can lock a named account out.
pub const PER_ACCOUNT: ThrottleRule =
    ThrottleRule { free_failures: 10, base_secs: 1, max_secs: 60, forget_after_secs: 3600 };
/// Wrong passwords from one address (a town hall shares one): more room, never longer
/// than a minute.
pub const PER_ADDRESS: ThrottleRule =
    ThrottleRule { free_failures: 30, base_secs: 1, max_secs: 60, forget_after_secs: 3600 };

/// Wrong second factors (app codes and recovery codes alike) of one account. Only a
/// completed sign-in clears them, not a correct password: someone who knows the password
/// cannot reset the count by signing in again.
pub const SECOND_FACTOR: ThrottleRule =
    ThrottleRule { free_failures: 3, base_secs: 2, max_secs: 900, forget_after_secs: 86_400 };
/// At this many wrong second factors the account's second factor is locked for
/// [`SECOND_FACTOR`]'s longest wait and its owner is told by e-mail (the password is known
/// to someone else).
pub const SECOND_FACTOR_LOCK_AT: u32 = 10;

/// Current-password checks on the account pages (changing the password, the second
/// factor, making an API token), per account.
pub const REAUTH: ThrottleRule =
    ThrottleRule { free_failures: 5, base_secs: 2, max_secs: 300, forget_after_secs: 3600 };

/// Password-reset mails per address: three, then an hour-long doubling wait, so nobody
/// can flood a mailbox through the form.
pub const PER_RESET: ThrottleRule =
    ThrottleRule { free_failures: 3, base_secs: 60, max_secs: 3600, forget_after_secs: 3600 };

/// Whether the `failures`-th wrong second factor locks it (once, when the count reaches
/// the limit; the owner is told then).
pub fn second_factor_locks(failures: u32) -> bool {
    failures == SECOND_FACTOR_LOCK_AT
}

/// The keys the counts are kept under.
pub mod keys {
    pub fn pair(email: &str, ip: &str) -> String {
        format!("pair:{email}|{ip}")
    }
    pub fn account(email: &str) -> String {
        format!("account:{email}")
    }
    pub fn address(ip: &str) -> String {
        format!("ip:{ip}")
    }
    pub fn second_factor(user_id: &str) -> String {
        format!("mfa:{user_id}")
    }
    pub fn reauth(user_id: &str) -> String {
        format!("reauth:{user_id}")
    }
}

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
        let r = PER_PAIR;
        for f in 0..=5 {
            assert_eq!(r.wait_after(f), 0);
        }
        assert_eq!(r.wait_after(6), 2);
        assert_eq!(r.wait_after(7), 4);
        assert_eq!(r.wait_after(8), 8);
        assert_eq!(r.wait_after(15), 120);
        assert_eq!(r.wait_after(u32::MAX), 120);
    }

    #[test]
    fn nobody_locks_out_a_named_account_or_a_town_hall() {
        // Whatever an attacker does from elsewhere, the owner waits at most a minute.
        for f in [0, 10, 11, 50, u32::MAX] {
            assert!(PER_ACCOUNT.wait_after(f) <= 60);
            assert!(PER_ADDRESS.wait_after(f) <= 60);
        }
    }

    #[test]
    fn the_second_factor_locks_once_at_the_limit() {
        assert!(!second_factor_locks(SECOND_FACTOR_LOCK_AT - 1));
        assert!(second_factor_locks(SECOND_FACTOR_LOCK_AT));
        assert!(!second_factor_locks(SECOND_FACTOR_LOCK_AT + 1), "one e-mail, not one per try");
        assert_eq!(SECOND_FACTOR.wait_after(SECOND_FACTOR_LOCK_AT), 128, "the lock itself lasts max_secs");
        assert_eq!(SECOND_FACTOR.wait_after(20), 900);
        assert_ne!(keys::second_factor("u1"), keys::account("u1"), "its own key");
    }

    #[test]
    fn old_failures_are_forgotten() {
        let r = PER_PAIR;
        assert_eq!(r.carried_failures(7, 0, 3_600_000), 7);
        assert_eq!(r.carried_failures(7, 0, 3_600_001), 0);
    }

    #[test]
    fn address_rule_is_more_lenient() {
        assert_eq!(PER_ADDRESS.wait_after(30), 0);
        assert_eq!(PER_ADDRESS.wait_after(31), 1);
    }
}
