//! Languages and messages (Fluent). nl-BE is the default; en and fr-BE are complete
//! (a test holds all three to the same ids and variables). fr-BE is split over two files.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::{LanguageIdentifier, langid};
use weerbaar_core::validation::FieldError;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks: they end up inside HTML attributes and e-mail.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Lang {
    Nl,
    En,
    Fr,
}

static NL: LanguageIdentifier = langid!("nl-BE");
static EN: LanguageIdentifier = langid!("en");
static FR: LanguageIdentifier = langid!("fr-BE");

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nl, Lang::En, Lang::Fr];
    pub const DEFAULT: Lang = Lang::Nl;

    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl-BE",
            Lang::En => "en",
            Lang::Fr => "fr-BE",
        }
    }

    /// The two-letter code frameworks use for their texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn t1(self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.t_args(key, &[(name, value.to_string())])
    }

    /// The content language of toolkit texts for this interface language.
    pub fn content(self) -> weerbaar_core::catalogue::ContentLang {
        use weerbaar_core::catalogue::ContentLang;
        match self {
            Lang::Nl => ContentLang::Nl,
            Lang::En => ContentLang::En,
            Lang::Fr => ContentLang::Fr,
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
            Lang::Fr => &FR,
        }
    }

    /// Accepts tags like "nl", "nl-BE", "NL-be", "en-GB", "fr".
    pub fn parse(s: &str) -> Option<Lang> {
        let primary = s.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    /// Picks from an Accept-Language header by quality; Dutch when nothing matches.
    pub fn negotiate(accept: &str) -> Lang {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (i, part) in accept.split(',').enumerate().take(20) {
            let mut it = part.split(';');
            let tag = it.next().unwrap_or("");
            let q =
                it.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.trim().parse::<f32>().ok()).unwrap_or(1.0);
            if let Some(l) = Lang::parse(tag)
                && q > 0.0
                && best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && i < bi))
            {
                best = Some((q, i, l));
            }
        }
        best.map(|(_, _, l)| l).unwrap_or(Lang::DEFAULT)
    }

    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(self.id(), key)
    }

    /// The message, when there is one by that id.
    pub fn maybe(self, key: &str) -> Option<String> {
        LOCALES.try_lookup(self.id(), key)
    }

    pub fn t_args(self, key: &str, args: &[(&str, String)]) -> String {
        // Whole numbers go in as numbers so that plural variants ([one], [other]) select.
        fn value(v: &str) -> FluentValue<'_> {
            if !v.is_empty() && v.len() < 10 && v.bytes().all(|b| b.is_ascii_digit()) {
                FluentValue::try_number(v)
            } else {
                FluentValue::from(v)
            }
        }
        let map: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(k, v)| (Cow::Owned(k.to_string()), value(v.as_str()))).collect();
        LOCALES.lookup_with_args(self.id(), key, &map)
    }

    /// A field error as a sentence, including the password advice where there is some.
    pub fn field_error(self, e: &FieldError) -> String {
        if e.code == "error-password-weak" {
            let mut parts = vec![self.t(e.code)];
            for (name, v) in &e.args {
                if *name == "warning" || *name == "suggestion" {
                    parts.push(self.t(v));
                }
            }
            return parts.join(" ");
        }
        self.t_args(e.code, &e.args.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>())
    }

    /// Date and time in Belgian local time.
    pub fn datetime(self, ms: i64) -> String {
        self.format_ms(ms, "%d/%m/%Y %H:%M")
    }

    /// A calendar date as the reader writes it: 31/01/2027 in Dutch and French, ISO in English.
    pub fn day(self, d: jiff::civil::Date) -> String {
        if self == Lang::En { d.to_string() } else { d.strftime("%d/%m/%Y").to_string() }
    }

    pub fn date(self, ms: i64) -> String {
        self.format_ms(ms, "%d/%m/%Y")
    }

    /// A whole number with its thousands grouped as the reader writes them: 1.000 in
    /// Dutch, 1 000 in French, 1,000 in English.
    pub fn count(self, n: usize) -> String {
        let sep = match self {
            Lang::En => ",",
            Lang::Fr => "\u{202F}",
            _ => ".",
        };
        let digits = n.to_string();
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(ch);
        }
        out
    }

    fn format_ms(self, ms: i64, fmt: &str) -> String {
        let fmt = if self == Lang::En { fmt.replace("%d/%m/%Y", "%Y-%m-%d") } else { fmt.to_string() };
        match jiff::Timestamp::from_millisecond(ms) {
            Ok(ts) => match jiff::tz::TimeZone::get("Europe/Brussels") {
                Ok(tz) => ts.to_zoned(tz).strftime(&fmt).to_string(),
                Err(_) => ts.strftime(&fmt).to_string(),
            },
            Err(_) => String::new(),
        }
    }
}

/// Every message id defined in a language's files (for the completeness tests).
pub fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        assert_eq!(Lang::Nl.count(1000), "1.000");
        assert_eq!(Lang::En.count(1000), "1,000");
        assert_eq!(Lang::Fr.count(1_234_567), "1\u{202F}234\u{202F}567");
        assert_eq!(Lang::Nl.count(999), "999");
        assert_eq!(Lang::En.count(0), "0");
    }

    #[test]
    fn negotiation() {
        assert_eq!(Lang::negotiate(""), Lang::Nl);
        assert_eq!(Lang::negotiate("de-DE,de;q=0.9"), Lang::Nl);
        assert_eq!(Lang::negotiate("en-GB,en;q=0.9,nl;q=0.8"), Lang::En);
        assert_eq!(Lang::negotiate("fr-BE;q=0.5, nl-BE;q=0.9"), Lang::Nl);
        assert_eq!(Lang::negotiate("fr"), Lang::Fr);
        assert_eq!(Lang::negotiate("en;q=0, fr;q=0.1"), Lang::Fr);
        assert_eq!(Lang::negotiate(&"x,".repeat(10_000)), Lang::Nl);
    }

    #[test]
    fn parse_tags() {
        assert_eq!(Lang::parse("NL-be"), Some(Lang::Nl));
        assert_eq!(Lang::parse("en_GB"), Some(Lang::En));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn lookups_and_fallback() {
        assert_eq!(Lang::Nl.t("nav-dashboard"), "Overzicht");
        assert_eq!(Lang::En.t("nav-dashboard"), "Overview");
        assert_eq!(Lang::Fr.t("nav-dashboard"), "Aperçu");
        assert_ne!(Lang::Fr.t("error-required"), Lang::En.t("error-required"));
        assert_eq!(Lang::Nl.t_args("error-too-long", &[("max", "10".into())]), "Gebruik hoogstens 10 tekens.");
    }

    /// Every message of each language with the variables it uses.
    fn messages(sources: &[&str]) -> Vec<(String, std::collections::BTreeSet<String>)> {
        let mut out: Vec<(String, std::collections::BTreeSet<String>)> = Vec::new();
        for source in sources {
            for line in source.lines() {
                if line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) {
                    if let Some((k, _)) = line.split_once('=') {
                        out.push((k.trim().to_string(), Default::default()));
                    }
                } else if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                if let Some((_, vars)) = out.last_mut() {
                    for part in line.split('$').skip(1) {
                        let name: String =
                            part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
                        vars.insert(name);
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_language_is_complete_with_the_same_variables() {
        let nl = messages(&[include_str!("../locales/nl-BE/main.ftl")]);
        let en = messages(&[include_str!("../locales/en/main.ftl")]);
        let fr = messages(&[include_str!("../locales/fr-BE/main.ftl"), include_str!("../locales/fr-BE/pages.ftl")]);
        let reference: HashMap<_, _> = nl.iter().cloned().collect();
        assert_eq!(reference.len(), nl.len(), "duplicate ids in nl-BE");
        for (name, other) in [("en", &en), ("fr-BE", &fr)] {
            let map: HashMap<_, _> = other.iter().cloned().collect();
            assert_eq!(map.len(), other.len(), "duplicate ids in {name}");
            let missing: Vec<_> = reference.keys().filter(|k| !map.contains_key(*k)).collect();
            let extra: Vec<_> = map.keys().filter(|k| !reference.contains_key(*k)).collect();
            assert!(missing.is_empty(), "missing in {name}: {missing:?}");
            assert!(extra.is_empty(), "{name} has ids nl-BE lacks: {extra:?}");
            let differ: Vec<_> =
                reference.iter().filter(|(k, vars)| map.get(*k) != Some(vars)).map(|(k, _)| k).collect();
            assert!(differ.is_empty(), "{name} uses other variables in: {differ:?}");
        }
    }

    #[test]
    fn calendar_days() {
        let d = jiff::civil::date(2027, 1, 31);
        assert_eq!(Lang::Nl.day(d), "31/01/2027");
        assert_eq!(Lang::En.day(d), "2027-01-31");
    }

    #[test]
    fn counts_select_plural_forms() {
        assert_eq!(Lang::Nl.t_args("audit-count", &[("count", "1".into())]), "1 gebeurtenis");
        assert_eq!(Lang::Nl.t_args("audit-count", &[("count", "3".into())]), "3 gebeurtenissen");
        assert_eq!(Lang::En.t_args("duration-day", &[("count", "1".into())]), "1 day");
        assert_eq!(Lang::En.t_args("duration-day", &[("count", "2".into())]), "2 days");
    }

    #[test]
    fn dates_in_brussels_time() {
        // 2026-01-15 12:00 UTC is 13:00 in Brussels (CET).
        let ms = 1_768_478_400_000;
        assert_eq!(Lang::Nl.datetime(ms), "15/01/2026 13:00");
        assert_eq!(Lang::En.date(ms), "2026-01-15");
    }

    #[test]
    fn weak_password_message_includes_advice() {
        let e = weerbaar_core::account::PasswordProblem::Weak {
            warning: Some("pw-warn-common"),
            suggestions: vec!["pw-suggest-add-words"],
        }
        .to_field_error("password");
        let m = Lang::Nl.field_error(&e);
        assert!(m.starts_with(&Lang::Nl.t("error-password-weak")));
        assert!(m.contains(&Lang::Nl.t("pw-warn-common")));
        assert!(m.contains(&Lang::Nl.t("pw-suggest-add-words")));
    }
}

#[cfg(test)]
#[path = "i18n_keys_test.rs"]
mod keys_test;
