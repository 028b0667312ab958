//! `weerbaar staff` and `weerbaar phishing`: the command line takes the web's steps and
//! rules for the staff import and for reports that reach the report address.

mod common;

use common::{demo, run, text};

#[tokio::test]
async fn the_command_line_imports_staff_and_records_reports() {
    let dir = demo().await;
    let d = dir.path().display().to_string();
    let env = [("WEERBAAR_DATA_DIR", d.as_str())];
    let csv = dir.path().join("staff.csv");
    std::fs::write(&csv, "naam;e-mail;dienst\nAn Peeters;an@anderdorp.test;Burgerzaken\nBram;bram@;IT\n").unwrap();
    let file = csv.display().to_string();
    let import = |extra: &[&str]| {
        let mut a = vec!["staff", "import", "--org", "Gemeente Anderdorp"];
        a.extend_from_slice(extra);
        run(&a, &env, None)
    };
    let out = import(&["--dry-run", &file]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("1 created, 0 updated, 0 left (would be)"), "{}", text(&out));
    assert!(text(&out).contains("line 3:"), "the problem's line: {}", text(&out));
    let out = import(&[&file]);
    assert!(text(&out).contains("1 created, 0 updated, 0 left (were)"), "{}", text(&out));
    let out = import(&[&file]);
    assert!(text(&out).contains("0 created, 0 updated"), "a second import changes nothing: {}", text(&out));
    std::fs::write(&csv, "just some words\n").unwrap();
    let out = import(&["--lang", "en", &file]);
    assert!(!out.status.success());
    assert!(text(&out).contains("does not name the columns"), "{}", text(&out));
    // A message without an exercise token is not an error (the mail server must not bounce it).
    let out = run(
        &["phishing", "report", "--org", "Gemeente Voorbeeld", "-"],
        &env,
        Some("Subject: hallo\r\n\r\nGeen link.\r\n"),
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("no exercise token found"));
    let out = run(&["phishing", "report", "--org", "Gemeente Nergens", "-"], &env, Some(""));
    assert!(!out.status.success());
}
