//! Personal API tokens: what a new one needs (a name, a lifetime from a short list), and
//! the form of the secret. The account page and the CLI both mint them through these.

use crate::validation::{FieldError, FieldErrors, required_line};

/// Every token starts with this, so a leaked one is recognisable (secret scanners).
pub const PREFIX: &str = "wb_";
/// Lifetimes a token may have, in days.
pub const LIFETIMES_DAYS: [i64; 3] = [30, 90, 365];
pub const NAME_MAX: usize = 100;

/// A checked request for a new token: its name and lifetime in days.
pub fn check(name: &str, days: &str) -> Result<(String, i64), FieldErrors> {
    let mut e = FieldErrors::new();
    let name = e.check(required_line("name", name, NAME_MAX));
    let days = match days.trim().parse::<i64>() {
        Ok(d) if LIFETIMES_DAYS.contains(&d) => Some(d),
        _ => {
            e.push(FieldError::new("expires_days", "error-choose-option"));
            None
        }
    };
    match (name, days) {
        (Some(n), Some(d)) if e.is_empty() => Ok((n, d)),
        _ => Err(e),
    }
}

/// A new secret token.
pub fn new_secret() -> String {
    format!("{PREFIX}{}", crate::secret::random_token())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_lifetimes() {
        assert_eq!(check(" CI ", "90").unwrap(), ("CI".to_string(), 90));
        assert!(check("", "90").unwrap_err().for_field("name").is_some());
        assert!(check("CI", "7").unwrap_err().for_field("expires_days").is_some());
        assert!(new_secret().starts_with(PREFIX) && new_secret() != new_secret());
    }
}
