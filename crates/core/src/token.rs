//! Personal API tokens: what a new one needs (a name, a lifetime from a short list, a
//! scope), what a scope allows, and the form of the secret. The account page and the CLI
//! both mint them through these.

use crate::validation::{FieldError, FieldErrors, required_line};

/// Every token starts with this, so a leaked one is recognisable (secret scanners).
pub const PREFIX: &str = "wb_";
/// Lifetimes a token may have, in days.
pub const LIFETIMES_DAYS: [i64; 3] = [30, 90, 365];
pub const NAME_MAX: usize = 100;

/// What a token may do. Tokens only ever work on the JSON API, never on pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Read only: GET and HEAD.
    Read,
    /// Read and change, as far as the person's roles allow.
    Write,
}

impl Scope {
    pub const ALL: [Scope; 2] = [Scope::Read, Scope::Write];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }

    /// Whether a request with this method may be made with the scope.
    pub fn allows(self, method: &str) -> bool {
        self == Scope::Write || matches!(method, "GET" | "HEAD" | "OPTIONS")
    }
}

/// A checked request for a new token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewToken {
    pub name: String,
    pub days: i64,
    pub scope: Scope,
}

/// Checks a request for a new token: a name, a lifetime from [`LIFETIMES_DAYS`], a scope.
pub fn check(name: &str, days: &str, scope: &str) -> Result<NewToken, FieldErrors> {
    let mut e = FieldErrors::new();
    let name = e.check(required_line("name", name, NAME_MAX));
    let days = match days.trim().parse::<i64>() {
        Ok(d) if LIFETIMES_DAYS.contains(&d) => Some(d),
        _ => {
            e.push(FieldError::new("expires_days", "error-choose-option"));
            None
        }
    };
    let scope = Scope::parse(scope);
    if scope.is_none() {
        e.push(FieldError::new("scope", "error-choose-option"));
    }
    match (name, days, scope) {
        (Some(name), Some(days), Some(scope)) if e.is_empty() => Ok(NewToken { name, days, scope }),
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
    fn names_lifetimes_and_scopes() {
        assert_eq!(check(" CI ", "90", "read").unwrap(), NewToken { name: "CI".into(), days: 90, scope: Scope::Read });
        assert_eq!(check("CI", "365", "write").unwrap().scope, Scope::Write);
        assert!(check("", "90", "read").unwrap_err().for_field("name").is_some());
        assert!(check("CI", "7", "read").unwrap_err().for_field("expires_days").is_some());
        assert!(check("CI", "90", "admin").unwrap_err().for_field("scope").is_some());
        assert!(check("CI", "90", "").unwrap_err().for_field("scope").is_some());
        assert!(new_secret().starts_with(PREFIX) && new_secret() != new_secret());
    }

    #[test]
    fn a_read_token_only_reads() {
        for m in ["GET", "HEAD", "OPTIONS"] {
            assert!(Scope::Read.allows(m) && Scope::Write.allows(m));
        }
        for m in ["POST", "PUT", "PATCH", "DELETE"] {
            assert!(!Scope::Read.allows(m), "{m}");
            assert!(Scope::Write.allows(m), "{m}");
        }
    }
}
