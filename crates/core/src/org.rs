//! Organisations (tenants): municipalities, OCMWs, police zones, intermunicipal
//! companies and umbrella organisations.

use serde::{Deserialize, Serialize};

use crate::validation::{FieldError, FieldErrors, optional_line, required_line};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Municipality,
    Ocmw,
    PoliceZone,
    Intermunicipal,
    Umbrella,
}

impl OrgKind {
    pub const ALL: [OrgKind; 5] =
        [OrgKind::Municipality, OrgKind::Ocmw, OrgKind::PoliceZone, OrgKind::Intermunicipal, OrgKind::Umbrella];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Municipality => "municipality",
            OrgKind::Ocmw => "ocmw",
            OrgKind::PoliceZone => "police_zone",
            OrgKind::Intermunicipal => "intermunicipal",
            OrgKind::Umbrella => "umbrella",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// i18n message id of the kind's name.
    pub fn label_key(self) -> &'static str {
        match self {
            OrgKind::Municipality => "org-kind-municipality",
            OrgKind::Ocmw => "org-kind-ocmw",
            OrgKind::PoliceZone => "org-kind-police_zone",
            OrgKind::Intermunicipal => "org-kind-intermunicipal",
            OrgKind::Umbrella => "org-kind-umbrella",
        }
    }
}

pub const ORG_NAME_MAX: usize = 200;

/// The editable profile of an organisation, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgProfile {
    pub name: String,
    pub kind: OrgKind,
    pub nis_code: Option<String>,
    /// `#rrggbb`, lower case; dark enough for white text on it.
    pub brand_colour: Option<String>,
    pub require_mfa: bool,
}

/// Raw input from a form, the CLI or the API.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct OrgProfileInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub nis_code: String,
    #[serde(default)]
    pub brand_colour: String,
    #[serde(default)]
    pub require_mfa: bool,
}

impl OrgProfileInput {
    pub fn validate(&self) -> Result<OrgProfile, FieldErrors> {
        let mut errs = FieldErrors::new();
        let name = errs.check(required_line("name", &self.name, ORG_NAME_MAX));
        let kind =
            errs.check(OrgKind::parse(self.kind.trim()).ok_or_else(|| FieldError::new("kind", "error-choose-option")));
        let nis_code = errs.check(validate_nis_code("nis_code", &self.nis_code));
        let brand_colour = errs.check(validate_brand_colour("brand_colour", &self.brand_colour));
        match (name, kind, nis_code, brand_colour) {
            (Some(name), Some(kind), Some(nis_code), Some(brand_colour)) if errs.is_empty() => {
                Ok(OrgProfile { name, kind, nis_code, brand_colour, require_mfa: self.require_mfa })
            }
            _ => Err(errs),
        }
    }
}

/// Belgian NIS codes of municipalities are five digits.
pub fn validate_nis_code(field: &'static str, input: &str) -> Result<Option<String>, FieldError> {
    let Some(v) = optional_line(field, input, 5)? else { return Ok(None) };
    if v.len() == 5 && v.bytes().all(|b| b.is_ascii_digit()) {
        Ok(Some(v))
    } else {
        Err(FieldError::new(field, "error-nis-code"))
    }
}

/// A hex colour the layout uses behind white text: it must reach WCAG AA contrast (4.5:1).
pub fn validate_brand_colour(field: &'static str, input: &str) -> Result<Option<String>, FieldError> {
    let v = input.trim().to_lowercase();
    if v.is_empty() {
        return Ok(None);
    }
    let rgb = parse_hex_colour(&v).ok_or_else(|| FieldError::new(field, "error-colour-format"))?;
    let ratio = contrast_ratio(rgb, (255, 255, 255));
    if ratio < 4.5 {
        return Err(FieldError::new(field, "error-colour-contrast").arg("ratio", format!("{ratio:.1}")));
    }
    Ok(Some(v))
}

pub fn parse_hex_colour(s: &str) -> Option<(u8, u8, u8)> {
    let h = s.strip_prefix('#')?;
    if h.len() != 6 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let p = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some((p(0)?, p(2)?, p(4)?))
}

/// WCAG 2.1 relative luminance.
pub fn relative_luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// WCAG 2.1 contrast ratio, 1.0 ..= 21.0.
pub fn contrast_ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip() {
        for k in OrgKind::ALL {
            assert_eq!(OrgKind::parse(k.as_str()), Some(k));
            assert!(k.label_key().starts_with("org-kind-"));
        }
        assert_eq!(OrgKind::parse("city"), None);
    }

    #[test]
    fn nis_codes() {
        assert_eq!(validate_nis_code("n", "").unwrap(), None);
        assert_eq!(validate_nis_code("n", " 12345 ").unwrap(), Some("12345".into()));
        assert!(validate_nis_code("n", "1234").is_err());
        assert!(validate_nis_code("n", "123456").is_err());
        assert!(validate_nis_code("n", "12a45").is_err());
    }

    #[test]
    fn brand_colours_need_contrast() {
        assert_eq!(validate_brand_colour("c", "#1D4E89").unwrap(), Some("#1d4e89".into()));
        assert_eq!(validate_brand_colour("c", "").unwrap(), None);
        assert_eq!(validate_brand_colour("c", "blue").unwrap_err().code, "error-colour-format");
        assert_eq!(validate_brand_colour("c", "#12345").unwrap_err().code, "error-colour-format");
        assert_eq!(validate_brand_colour("c", "#ffff00").unwrap_err().code, "error-colour-contrast");
        assert!((contrast_ratio((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio((10, 20, 30), (10, 20, 30)) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn profile_validation_collects_every_problem() {
        let input = OrgProfileInput {
            name: " ".into(),
            kind: "city".into(),
            nis_code: "x".into(),
            brand_colour: "#fff".into(),
            require_mfa: false,
        };
        let errs = input.validate().unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["name", "kind", "nis_code", "brand_colour"]);

        let ok = OrgProfileInput {
            name: "Gemeente Voorbeeld".into(),
            kind: "municipality".into(),
            nis_code: "".into(),
            brand_colour: "#1d4e89".into(),
            require_mfa: true,
        }
        .validate()
        .unwrap();
        assert_eq!(ok.kind, OrgKind::Municipality);
        assert!(ok.require_mfa);
    }
}

/// An organisation as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organisation {
    pub id: crate::OrgId,
    pub profile: OrgProfile,
    pub has_logo: bool,
    /// Bumped on every logo change, for cache-busting URLs.
    pub logo_version: i64,
    pub created_at: i64,
    pub updated_at: i64,
    /// Optimistic concurrency: an update names the version it started from.
    pub version: i64,
}

/// Logo uploads: small raster images only (SVG can carry script).
pub const LOGO_MAX_BYTES: usize = 512 * 1024;
/// A logo wider or taller than this is refused before it is decoded: a small file can
/// claim a huge picture (65,535 × 65,535 pixels in 510 KB) and take gigabytes to open.
pub const LOGO_MAX_SIDE: u32 = 4000;
/// Uploaded logos are stored shrunk to fit this many pixels on their longest side (a
/// logo prints at a few centimetres), as PNG.
pub const LOGO_STORED_SIDE: u32 = 1000;
