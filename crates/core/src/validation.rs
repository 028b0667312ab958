//! Field-level validation results. A code is also the i18n message id, and the stable
//! error code of the JSON API.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
    /// Named arguments for the message (e.g. `max` = "200").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(&'static str, String)>,
}

impl FieldError {
    pub fn new(field: &'static str, code: &'static str) -> Self {
        Self { field, code, args: Vec::new() }
    }
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// All problems found in one submission, in field order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn push(&mut self, e: FieldError) {
        self.0.push(e);
    }
    /// Keep the error of a check, if any; returns the checked value.
    pub fn check<T>(&mut self, r: Result<T, FieldError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.push(e);
                None
            }
        }
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }
    pub fn for_field(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == field)
    }
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.0.is_empty() { Ok(()) } else { Err(self) }
    }
}

impl From<FieldError> for FieldErrors {
    fn from(e: FieldError) -> Self {
        Self(vec![e])
    }
}

/// A required single-line text: trimmed, 1..=max characters, no control characters.
pub fn required_line(field: &'static str, input: &str, max: usize) -> Result<String, FieldError> {
    let v = input.trim();
    if v.is_empty() {
        return Err(FieldError::new(field, "error-required"));
    }
    optional_line(field, v, max).map(|o| o.unwrap_or_default())
}

/// An optional single-line text: trimmed; empty becomes None.
pub fn optional_line(field: &'static str, input: &str, max: usize) -> Result<Option<String>, FieldError> {
    let v = input.trim();
    if v.is_empty() {
        return Ok(None);
    }
    if v.chars().count() > max {
        return Err(FieldError::new(field, "error-too-long").arg("max", max));
    }
    if v.chars().any(|c| c.is_control()) {
        return Err(FieldError::new(field, "error-control-characters"));
    }
    if v.chars().any(is_disguising) {
        return Err(FieldError::new(field, "error-invisible-characters"));
    }
    Ok(Some(v.to_string()))
}

/// An optional multi-line text: newlines and tabs allowed, other control characters not.
pub fn optional_text(field: &'static str, input: &str, max: usize) -> Result<Option<String>, FieldError> {
    let v = input.trim();
    if v.is_empty() {
        return Ok(None);
    }
    if v.chars().count() > max {
        return Err(FieldError::new(field, "error-too-long").arg("max", max));
    }
    if v.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Err(FieldError::new(field, "error-control-characters"));
    }
    Ok(Some(v.replace("\r\n", "\n")))
}

/// An optional calendar date, written exactly as YYYY-MM-DD (no time part), as forms,
/// the API and imported documents all send it.
pub fn optional_date(field: &'static str, input: &str) -> Result<Option<jiff::civil::Date>, FieldError> {
    let v = input.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let b = v.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Err(FieldError::new(field, "error-date"));
    }
    v.parse::<jiff::civil::Date>().map(Some).map_err(|_| FieldError::new(field, "error-date"))
}

/// A whole number as an entry point received it: typed into a form, or a JSON number.
/// Every entry point hands its number over as it came, so one rule judges them all.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Num {
    #[default]
    Empty,
    Int(i64),
    Text(String),
}

impl Num {
    pub fn text(s: &str) -> Num {
        Num::Text(s.to_string())
    }

    /// What to show again in a form field.
    pub fn shown(&self) -> String {
        match self {
            Num::Empty => String::new(),
            Num::Int(n) => n.to_string(),
            Num::Text(s) => s.clone(),
        }
    }
}

impl From<Option<i64>> for Num {
    fn from(v: Option<i64>) -> Num {
        v.map_or(Num::Empty, Num::Int)
    }
}

impl From<Option<u32>> for Num {
    fn from(v: Option<u32>) -> Num {
        v.map_or(Num::Empty, |n| Num::Int(i64::from(n)))
    }
}

/// An optional whole number from 0 to `max`: empty is `None`; a negative number, a
/// number above `max` and anything else each get their own message.
pub fn whole_number(field: &'static str, input: &Num, max: u32) -> Result<Option<u32>, FieldError> {
    let n: i128 = match input {
        Num::Empty => return Ok(None),
        Num::Int(n) => i128::from(*n),
        Num::Text(s) => {
            let t = s.trim();
            if t.is_empty() {
                return Ok(None);
            }
            let (neg, digits) = match t.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, t),
            };
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(FieldError::new(field, "error-number"));
            }
            // Longer than any i128: only its sign matters.
            let magnitude = digits.parse::<i128>().unwrap_or(i128::MAX);
            if neg { -magnitude } else { magnitude }
        }
    };
    if n < 0 {
        return Err(FieldError::new(field, "error-number-negative"));
    }
    if n > i128::from(max) {
        return Err(FieldError::new(field, "error-number-max").arg("max", max));
    }
    Ok(Some(n as u32))
}

/// Bidirectional controls and zero-width characters: they can make text read
/// differently from what it is (a name that shows reversed, an address with a hidden part).
pub fn is_disguising(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disguising_characters_are_refused_in_lines() {
        for c in ['\u{202E}', '\u{200B}', '\u{200D}', '\u{2066}', '\u{FEFF}', '\u{00AD}', '\u{061C}', '\u{180E}'] {
            let e = required_line("n", &format!("Jan{c}nomis"), 50).unwrap_err();
            assert_eq!(e.code, "error-invisible-characters", "{c:?}");
            assert!(optional_line("n", &format!("a{c}b"), 50).is_err(), "{c:?}");
        }
        assert!(required_line("n", "Zoë D'Hondt-Van Acker", 50).is_ok(), "ordinary names pass");
    }

    #[test]
    fn required_line_rules() {
        assert_eq!(required_line("n", "  Gent ", 10).unwrap(), "Gent");
        assert_eq!(required_line("n", "   ", 10).unwrap_err().code, "error-required");
        let e = required_line("n", "abcdefghijk", 10).unwrap_err();
        assert_eq!(e.code, "error-too-long");
        assert_eq!(e.args, vec![("max", "10".to_string())]);
        assert_eq!(required_line("n", "a\u{0}b", 10).unwrap_err().code, "error-control-characters");
        // Characters, not bytes.
        assert!(required_line("n", "éééééééééé", 10).is_ok());
    }

    #[test]
    fn optional_and_text() {
        assert_eq!(optional_line("n", "", 5).unwrap(), None);
        assert_eq!(optional_text("t", "a\r\nb", 5).unwrap(), Some("a\nb".into()));
        assert!(optional_text("t", "a\u{7}b", 5).is_err());
    }

    #[test]
    fn errors_collect() {
        let mut errs = FieldErrors::new();
        assert_eq!(errs.check(required_line("a", "x", 5)), Some("x".to_string()));
        assert_eq!(errs.check(required_line("b", "", 5)), None);
        assert_eq!(errs.for_field("b").unwrap().code, "error-required");
        assert!(errs.for_field("a").is_none());
        assert!(errs.into_result().is_err());
    }
}
