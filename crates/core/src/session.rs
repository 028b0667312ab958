//! Session lifetime rules. Sessions live in the database; this decides whether one
//! is still valid and when its last-seen time is worth writing down.

/// Timeouts in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPolicy {
    /// Signed out after this long without a request.
    pub idle_ms: i64,
    /// Signed out this long after sign-in, whatever happens.
    pub absolute_ms: i64,
    /// Last-seen is written at most this often, to spare the database a write per request.
    pub touch_every_ms: i64,
    /// A half-finished sign-in (password given, second factor not yet) lasts this long.
    pub pending_mfa_ms: i64,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        Self {
            idle_ms: 2 * 3_600_000,
            absolute_ms: 12 * 3_600_000,
            touch_every_ms: 60_000,
            pending_mfa_ms: 10 * 60_000,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionCheck {
    Valid { touch: bool },
    Expired,
}

impl SessionPolicy {
    pub fn check(&self, created_ms: i64, last_seen_ms: i64, mfa_pending: bool, now_ms: i64) -> SessionCheck {
        let absolute = if mfa_pending { self.pending_mfa_ms } else { self.absolute_ms };
        if now_ms - created_ms >= absolute || now_ms - last_seen_ms >= self.idle_ms {
            return SessionCheck::Expired;
        }
        SessionCheck::Valid { touch: now_ms - last_seen_ms >= self.touch_every_ms }
    }

    /// The moment after which the session can be deleted whatever happens.
    pub fn hard_expiry(&self, created_ms: i64, mfa_pending: bool) -> i64 {
        created_ms + if mfa_pending { self.pending_mfa_ms } else { self.absolute_ms }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 3_600_000;

    #[test]
    fn fresh_session_is_valid_without_touch() {
        let p = SessionPolicy::default();
        assert_eq!(p.check(0, 0, false, 1_000), SessionCheck::Valid { touch: false });
        assert_eq!(p.check(0, 0, false, 61_000), SessionCheck::Valid { touch: true });
    }

    #[test]
    fn idle_and_absolute_timeouts() {
        let p = SessionPolicy::default();
        assert_eq!(p.check(0, 0, false, 2 * H), SessionCheck::Expired);
        assert_eq!(p.check(0, 11 * H, false, 12 * H - 1), SessionCheck::Valid { touch: true });
        assert_eq!(p.check(0, 11 * H + 30 * 60_000, false, 12 * H), SessionCheck::Expired);
    }

    #[test]
    fn pending_second_factor_is_short_lived() {
        let p = SessionPolicy::default();
        assert!(matches!(p.check(0, 0, true, 9 * 60_000), SessionCheck::Valid { .. }));
        assert_eq!(p.check(0, 9 * 60_000, true, 10 * 60_000), SessionCheck::Expired);
        assert_eq!(p.hard_expiry(5, true), 5 + 10 * 60_000);
        assert_eq!(p.hard_expiry(5, false), 5 + 12 * H);
    }
}
