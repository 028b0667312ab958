//! JSON columns: one way to write and read them. A value that cannot be written, or a
//! stored text that does not read back, is an error, never a silent `null` or default.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::{Result, StoreError};

/// A value as the text stored in a JSON column.
pub fn text<T: Serialize + ?Sized>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt(format!("cannot write JSON: {e}")))
}

/// A JSON column's text as a value; `what` names the column in the error.
pub fn parse<T: DeserializeOwned>(what: &str, s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_errors() {
        let v = vec!["a".to_string(), "é\"".to_string()];
        let t = text(&v).unwrap();
        assert_eq!(parse::<Vec<String>>("list", &t).unwrap(), v);
        let e = parse::<Vec<String>>("list", "{").unwrap_err();
        assert!(e.to_string().contains("list"), "{e}");
        // A map with non-string keys cannot be written as JSON: reported, not "null".
        let bad: std::collections::HashMap<Vec<u8>, u8> = [(vec![1u8], 1u8)].into_iter().collect();
        assert!(text(&bad).is_err());
    }
}
