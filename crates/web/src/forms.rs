//! Form fields rendered the same accessible way everywhere: a label tied to the input,
//! the error message tied by aria-describedby and shown next to the field, an error
//! summary at the top linking to each field.

use std::collections::HashMap;
use std::fmt::Write;

use askama::filters::Safe;
use weerbaar_core::validation::{FieldError, FieldErrors};

use crate::i18n::Lang;

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    weerbaar_render::html::esc(s)
}

/// The element id of a field: `f-` and its name, nested names (`primary.email`) with a
/// hyphen so the id needs no escaping in CSS.
pub fn field_id(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

#[derive(Debug, Clone)]
pub struct FormState {
    lang: Lang,
    values: HashMap<String, String>,
    errors: FieldErrors,
    /// Saved, but worth a second look (a date in the past): shown at the field.
    warnings: FieldErrors,
    /// Messages about the form as a whole, e.g. "wrong e-mail or password", translated.
    general: Vec<String>,
    /// Prefix of the fields' ids, so several forms on one page never share an id.
    prefix: &'static str,
}

impl FormState {
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            values: HashMap::new(),
            errors: FieldErrors::new(),
            warnings: FieldErrors::new(),
            general: vec![],
            prefix: "f",
        }
    }
    /// Ids `{prefix}-{name}` instead of `f-{name}` (a second form on the page).
    pub fn ids(mut self, prefix: &'static str) -> Self {
        self.prefix = prefix;
        self
    }
    fn id_of(&self, name: &str) -> String {
        if self.prefix == "f" { field_id(name) } else { format!("{}-{}", self.prefix, name.replace('.', "-")) }
    }
    pub fn value_of(mut self, name: &str, v: impl Into<String>) -> Self {
        self.values.insert(name.to_string(), v.into());
        self
    }
    pub fn set(&mut self, name: &str, v: impl Into<String>) {
        self.values.insert(name.to_string(), v.into());
    }
    pub fn with_errors(mut self, errors: FieldErrors) -> Self {
        self.errors = errors;
        self
    }
    /// Warnings from core (they do not stop a save), each shown at its field.
    pub fn with_warnings(mut self, warnings: FieldErrors) -> Self {
        self.warnings = warnings;
        self
    }
    pub fn add_error(&mut self, e: FieldError) {
        self.errors.push(e);
    }
    /// A message about the whole form, by i18n id.
    pub fn add_general(&mut self, key: &str) {
        self.general.push(self.lang.t(key));
    }
    /// A message about the whole form, already in the user's language.
    pub fn add_general_text(&mut self, text: String) {
        self.general.push(text);
    }
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty() || !self.general.is_empty()
    }
    pub fn value(&self, name: &str) -> &str {
        self.values.get(name).map(String::as_str).unwrap_or("")
    }
    pub fn checked(&self, name: &str) -> bool {
        matches!(self.value(name), "on" | "true" | "1")
    }
    pub fn error(&self, name: &str) -> Option<String> {
        self.errors.for_field(name).map(|e| self.lang.field_error(e))
    }

    /// The summary shown above the form when anything is wrong.
    pub fn summary(&self) -> Safe<String> {
        if !self.has_errors() {
            return Safe(String::new());
        }
        let mut h = String::new();
        let _ = write!(
            h,
            r#"<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">{}</h2><ul>"#,
            esc(&self.lang.t("form-error-summary"))
        );
        for g in &self.general {
            let _ = write!(h, "<li>{}</li>", esc(g));
        }
        for e in self.errors.iter() {
            let _ = write!(
                h,
                r##"<li><a href="#{}">{}</a></li>"##,
                esc(&self.id_of(e.field)),
                esc(&self.lang.field_error(e))
            );
        }
        h.push_str("</ul></div>");
        Safe(h)
    }

    fn described(&self, name: &str, hint: Option<&str>) -> (String, String, String) {
        let id = self.id_of(name);
        let mut describedby = Vec::new();
        let mut extra = String::new();
        if let Some(hint) = hint {
            describedby.push(format!("{id}-hint"));
            let _ = write!(extra, r#"<p class="hint" id="{id}-hint">{}</p>"#, esc(&self.lang.t(hint)));
        }
        if let Some(err) = self.error(name) {
            describedby.push(format!("{id}-error"));
            let _ = write!(extra, r#"<p class="field-error" id="{id}-error">{}</p>"#, esc(&err));
        } else if let Some(w) = self.warnings.for_field(name) {
            describedby.push(format!("{id}-warning"));
            let _ =
                write!(extra, r#"<p class="field-warning" id="{id}-warning">{}</p>"#, esc(&self.lang.field_error(w)));
        }
        let mut attrs = String::new();
        if !describedby.is_empty() {
            let _ = write!(attrs, r#" aria-describedby="{}""#, describedby.join(" "));
        }
        if self.error(name).is_some() {
            attrs.push_str(r#" aria-invalid="true""#);
        }
        (id, extra, attrs)
    }

    fn field(
        &self,
        name: &str,
        label_key: &str,
        hint: Option<&str>,
        control: impl FnOnce(&str, &str) -> String,
    ) -> Safe<String> {
        let (id, extra, attrs) = self.described(name, hint);
        let cls = if self.error(name).is_some() { "field has-error" } else { "field" };
        Safe(format!(
            r#"<div class="{cls}"><label for="{id}">{}</label>{extra}{}</div>"#,
            esc(&self.lang.t(label_key)),
            control(&id, &attrs)
        ))
    }

    /// `<input>`; `attrs` are trusted attributes from the template (required, autocomplete...).
    pub fn input(&self, name: &str, label_key: &str, kind: &str, attrs: &str) -> Safe<String> {
        self.input_hint(name, label_key, kind, attrs, "")
    }

    pub fn input_hint(&self, name: &str, label_key: &str, kind: &str, attrs: &str, hint: &str) -> Safe<String> {
        let value = if kind == "password" { String::new() } else { esc(self.value(name)) };
        let hint = (!hint.is_empty()).then_some(hint);
        self.field(name, label_key, hint, |id, a| {
            format!(r#"<input id="{id}" name="{}" type="{}" value="{value}"{a} {attrs}>"#, esc(name), esc(kind))
        })
    }

    pub fn textarea(&self, name: &str, label_key: &str, attrs: &str) -> Safe<String> {
        self.textarea_hint(name, label_key, attrs, "")
    }

    pub fn textarea_hint(&self, name: &str, label_key: &str, attrs: &str, hint: &str) -> Safe<String> {
        let value = esc(self.value(name));
        let hint = (!hint.is_empty()).then_some(hint);
        self.field(name, label_key, hint, |id, a| {
            format!(r#"<textarea id="{id}" name="{}"{a} {attrs}>{value}</textarea>"#, esc(name))
        })
    }

    /// `<select>` with (value, label) options; labels are already translated.
    pub fn select(&self, name: &str, label_key: &str, options: &[(String, String)]) -> Safe<String> {
        let current = self.value(name).to_string();
        self.field(name, label_key, None, |id, a| {
            let mut h = format!(r#"<select id="{id}" name="{}"{a}>"#, esc(name));
            for (v, l) in options {
                let sel = if *v == current { " selected" } else { "" };
                let _ = write!(h, r#"<option value="{}"{sel}>{}</option>"#, esc(v), esc(l));
            }
            h.push_str("</select>");
            h
        })
    }

    /// A group of checkboxes sharing one name, in a fieldset with a legend; an option is
    /// ticked when the state holds `name:value`. Labels are already translated.
    pub fn checkboxes(&self, name: &str, legend_key: &str, options: &[(String, String)]) -> Safe<String> {
        let (id, extra, attrs) = self.described(name, None);
        // aria-invalid belongs on form controls, not on the group.
        let attrs = attrs.replace(r#" aria-invalid="true""#, "");
        let cls = if self.error(name).is_some() { "field checkboxes has-error" } else { "field checkboxes" };
        let mut h = format!(
            r#"<fieldset class="{cls}" id="{id}"{attrs}><legend>{}</legend>{extra}<div class="checkbox-grid">"#,
            esc(&self.lang.t(legend_key))
        );
        for (v, l) in options {
            let checked = if self.values.contains_key(&format!("{name}:{v}")) { " checked" } else { "" };
            let _ = write!(
                h,
                r#"<div class="checkbox"><input id="{id}-{v}" name="{n}" type="checkbox" value="{v}"{checked}><label for="{id}-{v}">{l}</label></div>"#,
                n = esc(name),
                v = esc(v),
                l = esc(l)
            );
        }
        h.push_str("</div></fieldset>");
        Safe(h)
    }

    pub fn checkbox(&self, name: &str, label_key: &str) -> Safe<String> {
        let (id, extra, attrs) = self.described(name, None);
        let checked = if self.checked(name) { " checked" } else { "" };
        Safe(format!(
            r#"<div class="field checkbox"><input id="{id}" name="{}" type="checkbox" value="on"{checked}{attrs}><label for="{id}">{}</label>{extra}</div>"#,
            esc(name),
            esc(&self.lang.t(label_key))
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(esc(r#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    #[test]
    fn input_ties_error_to_field() {
        let mut f = FormState::new(Lang::En).value_of("email", "\"><script>");
        f.add_error(FieldError::new("email", "error-email-invalid"));
        let h = f.input("email", "field-email", "email", "required").0;
        assert!(h.contains(r#"<label for="f-email">"#));
        assert!(h.contains(r#"aria-describedby="f-email-error""#));
        assert!(h.contains(r#"aria-invalid="true""#));
        assert!(h.contains(r#"id="f-email-error""#));
        assert!(!h.contains("<script>"), "values are escaped: {h}");
        let s = f.summary().0;
        assert!(s.contains(r##"href="#f-email""##));
    }

    #[test]
    fn passwords_are_never_echoed() {
        let f = FormState::new(Lang::Nl).value_of("password", "geheim");
        assert!(!f.input("password", "field-password", "password", "").0.contains("geheim"));
    }
}

/// A submitted form's fields as sent, in order, repeated names kept (checkbox lists,
/// table rows). Every builder form reads its fields through it.
#[derive(Debug, Clone, Default)]
pub struct Pairs(pub Vec<(String, String)>);

impl Pairs {
    /// The first value of a field, or "" when it was not sent.
    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }
    /// Every value of a field (ticked checkboxes).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }
    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }
    /// The version of the record the form was opened on (-1 when missing or garbled: it
    /// then conflicts with any stored version instead of overwriting it).
    pub fn version(&self) -> i64 {
        self.get("version").trim().parse().unwrap_or(-1)
    }
    /// A form state showing these values again.
    pub fn shown(&self, lang: Lang, names: &[&str]) -> FormState {
        let mut f = FormState::new(lang);
        for n in names {
            f.set(n, self.get(n));
        }
        f
    }
}

impl<S: Send + Sync> axum::extract::FromRequest<S> for Pairs {
    type Rejection = crate::error::AppError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|_| crate::error::AppError::BadRequest("bad_request"))?;
        Ok(Pairs(form_urlencoded::parse(&bytes).map(|(k, v)| (k.into_owned(), v.into_owned())).collect()))
    }
}
