//! CVSS 3.1 and 4.0 vectors, scored by RustSec's `cvss` crate. A vector is stored as
//! given (normalised by the crate); score and severity are always computed from it.

use std::str::FromStr;

use super::{Cvss, Severity};
use crate::validation::FieldError;

/// Parses and scores a vector. Only 3.1 and 4.0 are accepted: 3.0 and 2.0 score
/// differently and no scanner we import needs them any more.
pub fn parse(field: &'static str, input: &str) -> Result<Cvss, FieldError> {
    let v = input.trim();
    if v.starts_with("CVSS:3.1/") {
        let vec = cvss::v3::Vector::from_str(v).map_err(|_| FieldError::new(field, "error-cvss-vector"))?;
        let score = vec.base_score().value();
        return Ok(Cvss { version: "3.1".into(), vector: vec.to_string(), score });
    }
    if v.starts_with("CVSS:4.0/") {
        let vec = cvss::v4::Vector::from_str(v).map_err(|_| FieldError::new(field, "error-cvss-vector"))?;
        let score = vec.score().value();
        return Ok(Cvss { version: "4.0".into(), vector: vec.to_string(), score });
    }
    Err(FieldError::new(field, "error-cvss-version"))
}

/// The qualitative rating of a score (the same bands in 3.1 and 4.0); 0.0 is
/// informational.
pub fn severity_of(score: f64) -> Severity {
    if score >= 9.0 {
        Severity::Critical
    } else if score >= 7.0 {
        Severity::High
    } else if score >= 4.0 {
        Severity::Medium
    } else if score >= 0.1 {
        Severity::Low
    } else {
        Severity::Info
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Examples of the CVSS v3.1 specification's examples document (FIRST), with the
    /// base scores published there.
    const V31: &[(&str, f64)] = &[
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1), // CVE-2013-1937, phpMyAdmin XSS
        ("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", 6.4), // CVE-2013-0375, MySQL stored SQLi
        ("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", 3.1), // CVE-2014-3566, POODLE
        ("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9), // CVE-2012-1516, VMware guest escape
        ("CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L", 4.2), // CVE-2009-0783, Tomcat XML parser
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 7.5), // CVE-2014-0160, Heartbleed
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8), // CVE-2014-6271, Shellshock
        ("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 8.8), // CVE-2012-0384, Cisco IOS
        ("CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 7.8), // CVE-2015-1098, iWork
        ("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", 7.4), // CVE-2014-0224, OpenSSL CCS
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H", 9.6), // CVE-2012-5376, Chrome sandbox
        ("CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 4.6), // CVE-2015-2890, SSD password
        ("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N", 6.8), // CVE-2016-0128, Badlock
    ];

    /// Vectors with the scores FIRST's CVSS v4.0 calculator gives (the values the
    /// specification's examples and the calculator's own tests use).
    const V40: &[(&str, f64)] = &[
        ("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3),
        ("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", 10.0),
        ("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N", 8.7),
        ("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 8.5),
        ("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N", 0.0),
        ("CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 8.7),
        ("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:A/VC:N/VI:N/VA:N/SC:L/SI:L/SA:N", 5.1),
        ("CVSS:4.0/AV:P/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 7.0),
        ("CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 8.7),
        ("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.2),
    ];

    #[test]
    fn published_examples_score_as_published() {
        for (v, s) in V31.iter().chain(V40) {
            let c = parse("cvss_vector", v).unwrap_or_else(|e| panic!("{v}: {e:?}"));
            assert!((c.score - s).abs() < 0.001, "{v}: {} (expected {s})", c.score);
        }
        assert!(V31.len() >= 10 && V40.len() >= 10);
    }

    #[test]
    fn severity_bands() {
        assert_eq!(severity_of(9.8), Severity::Critical);
        assert_eq!(severity_of(9.0), Severity::Critical);
        assert_eq!(severity_of(8.9), Severity::High);
        assert_eq!(severity_of(7.0), Severity::High);
        assert_eq!(severity_of(6.9), Severity::Medium);
        assert_eq!(severity_of(4.0), Severity::Medium);
        assert_eq!(severity_of(3.9), Severity::Low);
        assert_eq!(severity_of(0.1), Severity::Low);
        assert_eq!(severity_of(0.0), Severity::Info);
    }

    #[test]
    fn bad_vectors_are_refused_with_a_reason() {
        assert_eq!(parse("v", "AV:N/AC:L").unwrap_err().code, "error-cvss-version");
        assert_eq!(parse("v", "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").unwrap_err().code, "error-cvss-version");
        assert_eq!(parse("v", "CVSS:3.1/AV:X/AC:L").unwrap_err().code, "error-cvss-vector");
        assert_eq!(parse("v", "CVSS:4.0/AV:N").unwrap_err().code, "error-cvss-vector");
        assert_eq!(parse("v", "").unwrap_err().code, "error-cvss-version");
    }
}
