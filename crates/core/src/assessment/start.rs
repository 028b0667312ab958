//! Starting an assessment: the framework's level (required when it has levels) and a
//! title.

use super::Framework;
use crate::validation::{FieldError, FieldErrors, optional_line};

pub const TITLE_MAX: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Start {
    pub level: Option<String>,
    pub title: String,
}

/// `default_title` is used when no title was typed.
pub fn check(f: &Framework, level: &str, title: &str, default_title: &str) -> Result<Start, FieldErrors> {
    let mut e = FieldErrors::new();
    let level = match level.trim() {
        "" if f.levels.is_empty() => None,
        "" => {
            e.push(FieldError::new("level", "error-choose-option"));
            None
        }
        l if f.level(l).is_some() => Some(l.to_string()),
        _ => {
            e.push(FieldError::new("level", "error-choose-option"));
            None
        }
    };
    let title =
        e.check(optional_line("title", title, TITLE_MAX)).flatten().unwrap_or_else(|| default_title.to_string());
    if e.is_empty() { Ok(Start { level, title }) } else { Err(e) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Format, import};

    #[test]
    fn levels_are_required_when_the_framework_has_them() {
        let f = import(Format::CisoAssistantYaml, include_bytes!("../../tests/fixtures/ciso-small.yaml")).unwrap();
        assert_eq!(
            check(&f, "B", "", "Zelfevaluatie").unwrap(),
            Start { level: Some("B".into()), title: "Zelfevaluatie".into() }
        );
        assert_eq!(check(&f, "", "", "x").unwrap_err().for_field("level").unwrap().code, "error-choose-option");
        assert!(check(&f, "Z", "", "x").is_err());
        assert!(check(&f, "I", &"t".repeat(TITLE_MAX + 1), "x").unwrap_err().for_field("title").is_some());
        let o = import(Format::OscalCatalog, include_bytes!("../../tests/fixtures/oscal-small.json")).unwrap();
        assert_eq!(check(&o, "", "Eigen titel", "x").unwrap().level, None);
    }
}
