//! `weerbaar findings`: the command line's import takes the web's steps and rules.

mod common;

use common::{demo, run, text};

#[tokio::test]
async fn the_command_line_imports_and_reimports_cleanly() {
    let dir = demo().await;
    let d = dir.path().display().to_string();
    let env = [("WEERBAAR_DATA_DIR", d.as_str())];
    let out = run(&["findings", "engagements", "--org", "Gemeente Anderdorp"], &env, None);
    assert!(out.status.success(), "{}", text(&out));
    let engagement = text(&out).lines().next().unwrap().split('\t').next().unwrap().to_string();
    let fixture = format!("{}/../scan/tests/fixtures/greenbone.xml", env!("CARGO_MANIFEST_DIR"));
    let args = |extra: &[&str]| {
        let mut v = vec![
            "findings",
            "import",
            "--org",
            "Gemeente Anderdorp",
            "--engagement",
            engagement.as_str(),
            "--format",
            "greenbone",
        ];
        v.extend_from_slice(extra);
        v.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let call = |a: Vec<String>| {
        let refs: Vec<&str> = a.iter().map(String::as_str).collect();
        run(&refs, &env, None)
    };
    let out = call(args(&["--dry-run", &fixture]));
    assert!(text(&out).contains("preview, nothing changed: 3 results: 3 new"), "{}", text(&out));
    let out = call(args(&[&fixture]));
    assert!(text(&out).contains("3 new, 0 unchanged"), "{}", text(&out));
    let out = call(args(&[&fixture]));
    assert!(text(&out).contains("0 new, 3 unchanged, 0 reopened"), "{}", text(&out));
    let bad = format!("{}/../scan/tests/fixtures/billion-laughs.xml", env!("CARGO_MANIFEST_DIR"));
    let out = call(args(&["--lang", "en", &bad]));
    assert!(!out.status.success());
    assert!(text(&out).contains("DOCTYPE") && text(&out).contains("nothing was imported"), "{}", text(&out));
    let out = run(
        &[
            "findings",
            "import",
            "--org",
            "Gemeente Anderdorp",
            "--engagement",
            &engagement,
            "--format",
            "pdf",
            &fixture,
        ],
        &env,
        None,
    );
    assert!(text(&out).contains("unknown format"), "{}", text(&out));
}

/// `weerbaar frameworks`: the web's import steps, problems with their place, a newer
/// version that keeps answers.
#[tokio::test]
async fn the_command_line_imports_frameworks() {
    let dir = demo().await;
    let d = dir.path().display().to_string();
    let env = [("WEERBAAR_DATA_DIR", d.as_str())];
    let fixture = |n: &str| format!("{}/../core/tests/fixtures/{n}", env!("CARGO_MANIFEST_DIR"));
    let out = run(&["frameworks", "list"], &env, None);
    assert!(out.status.success() && text(&out).contains("Weerbaar"), "{}", text(&out));
    let out =
        run(&["frameworks", "import", "--format", "ciso-assistant-yaml", &fixture("ciso-small.yaml")], &env, None);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Test framework (small)"));
    let out =
        run(&["frameworks", "import", "--format", "ciso-assistant-yaml", &fixture("ciso-small-v2.yaml")], &env, None);
    assert!(text(&out).contains("kept 0 answered requirements; 1 new, 1 removed"), "{}", text(&out));
    let out = run(
        &["frameworks", "import", "--format", "oscal-catalog", "--lang", "en", &fixture("ciso-small.yaml")],
        &env,
        None,
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("line 1, column 1") && text(&out).contains("cannot be read"), "{}", text(&out));
    let out = run(&["frameworks", "import", "--format", "pdf", &fixture("ciso-small.yaml")], &env, None);
    assert!(text(&out).contains("unknown format"));
    let out = run(&["frameworks", "list"], &env, None);
    assert_eq!(text(&out).lines().filter(|l| l.contains("Test framework")).count(), 1, "replaced, not added");
}
