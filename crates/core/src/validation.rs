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

/// An optional calendar date as a form sends it (YYYY-MM-DD).
pub fn optional_date(field: &'static str, input: &str) -> Result<Option<jiff::civil::Date>, FieldError> {
    let v = input.trim();
    if v.is_empty() {
        return Ok(None);
    }
    v.parse::<jiff::civil::Date>().map(Some).map_err(|_| FieldError::new(field, "error-date"))
}

#[cfg(test)]
mod tests {
    use super::*;

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
