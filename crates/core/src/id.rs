//! Typed identifiers. UUIDv7: unguessable enough for URLs, sortable by creation time.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// An identifier that was not a well-formed UUID; unknown IDs in a URL are a 404, never a 500.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a valid identifier")]
pub struct BadId;

macro_rules! id_type {
    ($($(#[$meta:meta])* $name:ident),* $(,)?) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// A fresh, time-ordered identifier.
            pub fn new() -> Self {
                Self(uuid::Uuid::now_v7().hyphenated().to_string())
            }
            /// Trusted input from our own database.
            pub fn from_db(s: String) -> Self {
                Self(s)
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $name {
            type Err = BadId;
            fn from_str(s: &str) -> Result<Self, BadId> {
                let u = uuid::Uuid::try_parse(s).map_err(|_| BadId)?;
                Ok(Self(u.hyphenated().to_string()))
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    )*};
}

id_type!(
    /// An organisation (tenant).
    OrgId,
    /// A person with an account.
    UserId,
    /// A personal API token.
    ApiTokenId,
    /// A background job.
    JobId,
    /// An invitation, password reset or setup link.
    LinkId,
);

/// Generic identifier for rows that need no dedicated type.
pub fn new_row_id() -> String {
    uuid::Uuid::now_v7().hyphenated().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_ordered() {
        let a = OrgId::new();
        let b = OrgId::new();
        assert_ne!(a, b);
        assert!(a < b, "v7 ids sort by creation");
    }

    #[test]
    fn parse_normalises_and_rejects_garbage() {
        let id = UserId::new();
        let upper = id.as_str().to_uppercase();
        assert_eq!(upper.parse::<UserId>().unwrap(), id);
        assert_eq!("nope".parse::<UserId>(), Err(BadId));
        assert_eq!("".parse::<UserId>(), Err(BadId));
        assert_eq!("../../etc/passwd".parse::<UserId>(), Err(BadId));
    }
}
