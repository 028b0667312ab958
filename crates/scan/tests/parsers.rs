//! Every format on a small file written from its documentation, plus broken variants.

use weerbaar_core::findings::edit::{Ctx, check};
use weerbaar_scan::{Format, Unusable, detect, parse_checked};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

const ALL: [(Format, &str, usize); 7] = [
    (Format::Greenbone, "greenbone.xml", 3),
    (Format::Nessus, "nessus.nessus", 3),
    (Format::Zap, "zap.xml", 2),
    (Format::Zap, "zap.json", 2),
    (Format::Nuclei, "nuclei.jsonl", 2),
    (Format::Sarif, "sarif.json", 2),
    (Format::Csv, "findings.csv", 2),
];

fn ctx() -> Ctx<'static> {
    Ctx { engagement_exists: &|_| true, resource_exists: &|_| false }
}

#[test]
fn every_format_reads_and_passes_the_registers_rules() {
    for (format, file, n) in ALL {
        let bytes = fixture(file);
        assert_eq!(detect(&bytes), Some(format), "{file}");
        let got = parse_checked(format, &bytes).unwrap_or_else(|e| panic!("{file}: {e:?}"));
        assert_eq!(got.len(), n, "{file}");
        for r in &got {
            check(&r.draft, &ctx()).unwrap_or_else(|e| panic!("{file} {}: {e:?}", r.at));
            assert!(r.fingerprint.starts_with(&format!("{}:", format.as_str())));
        }
        // Fingerprints are stable and distinct within a file.
        let again = parse_checked(format, &bytes).unwrap();
        assert_eq!(got, again);
        let mut fps: Vec<_> = got.iter().map(|r| &r.fingerprint).collect();
        fps.sort();
        fps.dedup();
        assert_eq!(fps.len(), n, "{file}");
    }
}

#[test]
fn what_each_format_yields() {
    let g = parse_checked(Format::Greenbone, &fixture("greenbone.xml")).unwrap();
    let f = check(&g[0].draft, &ctx()).unwrap();
    assert_eq!(f.title, "SSL/TLS: Report Weak Cipher Suites");
    assert_eq!(f.cvss.as_ref().unwrap().score, 5.9);
    assert_eq!(f.assets[0].label(), "10.0.0.5:443/tcp");
    assert_eq!(f.references, ["CVE-2013-2566", "CVE-2016-2183", "https://ssl-config.mozilla.org/"]);
    assert!(f.description.contains("weak cipher suites & protocols"));
    assert_eq!(check(&g[1].draft, &ctx()).unwrap().severity.as_str(), "high");
    assert_eq!(check(&g[2].draft, &ctx()).unwrap().severity.as_str(), "info");

    let n = parse_checked(Format::Nessus, &fixture("nessus.nessus")).unwrap();
    let f = check(&n[0].draft, &ctx()).unwrap();
    assert_eq!(f.severity.as_str(), "critical");
    assert!(f.cvss.is_none(), "a CVSS 3.0 vector is not scored as 3.1");
    assert_eq!(f.assets[0].label(), "192.0.2.10:445/tcp");
    assert_eq!(check(&n[2].draft, &ctx()).unwrap().references, ["CWE-300"]);

    // ZAP: the query's values do not make another finding; XML and JSON agree.
    let zx = parse_checked(Format::Zap, &fixture("zap.xml")).unwrap();
    let zj = parse_checked(Format::Zap, &fixture("zap.json")).unwrap();
    assert_eq!(
        zx.iter().map(|r| &r.fingerprint).collect::<Vec<_>>(),
        zj.iter().map(|r| &r.fingerprint).collect::<Vec<_>>()
    );
    assert_eq!(zx[0].draft.description, "Content Security Policy (CSP) is an added layer of security.");

    let nu = parse_checked(Format::Nuclei, &fixture("nuclei.jsonl")).unwrap();
    let f = check(&nu[0].draft, &ctx()).unwrap();
    assert_eq!((f.severity.as_str(), f.cvss.unwrap().score), ("critical", 10.0));
    assert_eq!(f.references[..2], ["CVE-2021-44228", "CWE-77"]);

    let s = parse_checked(Format::Sarif, &fixture("sarif.json")).unwrap();
    assert_eq!(check(&s[0].draft, &ctx()).unwrap().severity.as_str(), "high");

    let c = parse_checked(Format::Csv, &fixture("findings.csv")).unwrap();
    assert_eq!(c[0].draft.assets, ["srv-dc01", "srv-file01"]);
    assert_eq!(check(&c[1].draft, &ctx()).unwrap().severity.as_str(), "medium");
}

fn broken(format: Format, bytes: &[u8]) -> (String, &'static str) {
    match parse_checked(format, bytes) {
        Err(Unusable::Broken(p)) => (p.at, p.code),
        other => panic!("{other:?}"),
    }
}

#[test]
fn broken_files_are_refused_with_where() {
    // Entity expansion and external entities: refused at the declaration, before any expansion.
    assert_eq!(broken(Format::Greenbone, &fixture("billion-laughs.xml")).1, "import-doctype");
    assert_eq!(broken(Format::Greenbone, &fixture("xxe.xml")).1, "import-doctype");
    // An undeclared entity in the text.
    assert_eq!(
        broken(
            Format::Greenbone,
            b"<report><report><results><result><name>&x;</name></result></results></report></report>"
        )
        .1,
        "import-entity"
    );
    // Truncated files of every kind.
    for (format, file, _) in ALL {
        let bytes = fixture(file);
        let cut = &bytes[..bytes.len() * 2 / 3];
        let r = parse_checked(format, cut);
        assert!(r.is_err() || format == Format::Nuclei || format == Format::Csv, "{file} truncated: {r:?}");
    }
    let g = fixture("greenbone.xml");
    let (at, code) = broken(Format::Greenbone, &g[..g.len() / 2]);
    assert_eq!(code, "import-truncated");
    assert!(at.starts_with("line "), "{at}");
    let nu = fixture("nuclei.jsonl");
    let (at, code) = broken(Format::Nuclei, &nu[..nu.len() - 40]);
    assert_eq!((at.as_str(), code), ("line 2", "import-truncated"));
    assert_eq!(broken(Format::Sarif, br#"{"version":"2.0.0","runs":[]}"#).1, "import-sarif-version");
    assert_eq!(broken(Format::Csv, b"id,title,severity\n,x,high\n"), ("line 2".to_string(), "import-csv-id"));
    assert_eq!(broken(Format::Csv, b"id,title,severity\nA,x,high\nA,y,low\n").1, "import-csv-id-twice");
    assert_eq!(broken(Format::Csv, b"id,title,colour\n").1, "import-csv-column");
}

#[test]
fn a_file_of_another_format_is_named() {
    for (chosen, file, found) in [
        (Format::Greenbone, "nessus.nessus", Format::Nessus),
        (Format::Nessus, "zap.xml", Format::Zap),
        (Format::Sarif, "nuclei.jsonl", Format::Nuclei),
        (Format::Zap, "sarif.json", Format::Sarif),
        (Format::Csv, "greenbone.xml", Format::Greenbone),
    ] {
        assert_eq!(
            parse_checked(chosen, &fixture(file)),
            Err(Unusable::WrongFormat { found: Some(found) }),
            "{file} as {chosen:?}"
        );
    }
    assert_eq!(parse_checked(Format::Greenbone, b"\x89PNG\r\n"), Err(Unusable::WrongFormat { found: None }));
}
