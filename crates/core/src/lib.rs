//! Weerbaar's domain model and rules. Pure: no database, no HTTP, no files.
//! Everything else in the workspace depends on this crate; it depends on none of them.

pub mod account;
pub mod assessment;
pub mod audit;
pub mod awareness;
pub mod bcp;
pub mod catalogue;
pub mod engagement;
pub mod files;
pub mod findings;
pub mod id;
pub mod mfa;
pub mod net;
pub mod org;
pub mod role;
pub mod secret;
pub mod session;
pub mod slug;
pub mod throttle;
pub mod token;
pub mod validation;

pub use id::{ApiTokenId, JobId, LinkId, OrgId, UserId};
pub use jiff::Timestamp;

/// Milliseconds since the Unix epoch: how every time is stored.
pub fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

/// Today's date in Belgium, where the plans' dates (reviews, tests, exercises) live.
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now()
        .with_time_zone(jiff::tz::TimeZone::get("Europe/Brussels").unwrap_or(jiff::tz::TimeZone::UTC))
        .date()
}
