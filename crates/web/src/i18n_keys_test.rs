//! Every message id the code asks for exists in Dutch (and so, by the completeness
//! test, in English): literal ids in templates and sources, and the families built
//! from the domain's enumerations.

use std::collections::BTreeSet;
use std::path::Path;

use weerbaar_core::bcp::{checks, model::*};

fn defined() -> BTreeSet<String> {
    super::message_ids(include_str!("../locales/nl-BE/main.ftl")).into_iter().collect()
}

fn is_id(s: &str) -> bool {
    s.len() > 2
        && s.contains('-')
        && !s.ends_with('-')
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// The string literals that follow `marker` in `src`, `skip` literals in.
fn literals_after(src: &str, marker: &str, skip: usize) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in src.match_indices(marker) {
        let rest = &src[i + marker.len()..];
        let end = rest.find('\n').unwrap_or(rest.len());
        let args = &rest[..end];
        let lits: Vec<&str> = args.split('"').skip(1).step_by(2).collect();
        if let Some(l) = lits.get(skip) {
            out.push(l.to_string());
        }
    }
    out
}

fn files(dir: &Path, ext: &str, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).expect("readable dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(std::fs::read_to_string(&p).expect("readable file"));
        }
    }
}

#[test]
fn every_literal_message_id_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    files(&root.join("templates"), "html", &mut texts);
    files(&root.join("src"), "rs", &mut texts);
    // The rules in core name their messages too (field errors, refusals).
    files(&root.join("../core/src"), "rs", &mut texts);
    let ids = defined();
    let mut missing = BTreeSet::new();
    for t in &texts {
        let mut used = Vec::new();
        for m in [".t(", ".t1(", ".t2(", "t_args(", "add_general("] {
            used.extend(literals_after(t, m, 0));
        }
        for m in ["input(", "input_hint(", "textarea(", "textarea_hint(", "select(", "checkbox(", "FieldError::new("] {
            used.extend(literals_after(t, m, 1));
        }
        used.extend(literals_after(t, "input_hint(", 4));
        used.extend(literals_after(t, "textarea_hint(", 3));
        for l in t.split('"').skip(1).step_by(2) {
            if ["flash-", "bcp-", "conflict-", "error-", "cat-", "adoption-", "round-"].iter().any(|p| l.starts_with(p))
            {
                used.push(l.to_string());
            }
        }
        for u in used.into_iter().filter(|u| is_id(u)) {
            if !ids.contains(&u) {
                missing.insert(u);
            }
        }
    }
    // CSS classes and HTML ids that look like message ids.
    for not_a_message in ["error-summary", "error-summary-title"] {
        missing.remove(not_a_message);
    }
    assert!(missing.is_empty(), "message ids used but not defined: {missing:?}");
}

#[test]
fn every_message_family_of_the_plan_exists() {
    let ids = defined();
    let mut want: Vec<String> = Vec::new();
    want.extend(checks::CODES.iter().map(|c| format!("check-{}", c.replace('_', "-"))));
    want.extend(ResourceKind::ALL.iter().map(|k| k.label_key()));
    want.extend(BackupType::ALL.iter().map(|k| format!("backup-{}", k.as_str())));
    want.extend(Basis::ALL.iter().map(|k| format!("basis-{}", k.as_str())));
    want.extend(ExerciseKind::ALL.iter().map(|k| format!("exercise-{}", k.as_str())));
    want.extend(ImpactCategory::ALL.iter().map(|k| k.label_key().to_string()));
    want.extend((0..=MAX_LEVEL).map(|l| format!("impact-level-{l}")));
    want.extend(SCENARIOS.iter().chain(&["any"]).map(|s| format!("scenario-{s}")));
    want.extend(AUDIENCES.iter().map(|s| format!("audience-{s}")));
    want.extend(PHASES.iter().map(|s| format!("phase-{s}")));
    want.extend(
        [PlanStatus::Draft, PlanStatus::Submitted, PlanStatus::Approved, PlanStatus::Superseded]
            .iter()
            .map(|s| format!("plan-status-{}", s.as_str())),
    );
    want.extend(["error", "warning", "info"].iter().map(|s| format!("severity-{s}")));
    want.extend(["p1", "p2", "p3", "unrated"].iter().map(|s| format!("priority-{s}")));
    want.extend(["hour", "day", "week", "month"].iter().map(|s| format!("duration-{s}")));
    want.extend(crate::bcp::STEPS.iter().map(|(k, _)| format!("bcp-step-{k}")));
    want.extend(weerbaar_core::audit::AuditAction::ALL.iter().map(|a| a.label_key()));
    // Problem codes of the plan import, as the checker writes them.
    let exchange = [
        include_str!("../../core/src/bcp/exchange/structure.rs"),
        include_str!("../../core/src/bcp/exchange/mod.rs"),
        include_str!("../../core/src/bcp/exchange/import.rs"),
    ]
    .concat();
    let exchange = exchange.as_str();
    let codes: BTreeSet<String> = literals_after(exchange, ".add(", 0)
        .into_iter()
        .chain(literals_after(exchange, ".add(", 1))
        .chain(literals_after(exchange, "code: ", 0))
        .chain(literals_after(exchange, "Problem::shape(", 0))
        .chain(literals_after(exchange, "Problem::shape(", 1))
        .filter(|c| {
            c.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') && c.contains('_')
                || ["missing", "empty", "invalid"].contains(&c.as_str())
        })
        .collect();
    assert!(codes.len() >= 10, "found the import problem codes: {codes:?}");
    want.extend(codes.iter().map(|c| format!("import-{}", c.replace('_', "-"))));
    want.push("import-not-json".into());
    let missing: Vec<&String> = want.iter().filter(|w| !ids.contains(*w)).collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
}

#[test]
fn every_message_family_of_the_toolkit_exists() {
    use weerbaar_core::catalogue::{Audience, ContentLang, Level, ResourceType, Topic};
    let ids = defined();
    let mut want: Vec<String> = Vec::new();
    want.extend(ResourceType::ALL.iter().map(|k| format!("cat-type-{}", k.as_str())));
    want.extend(Audience::ALL.iter().map(|k| format!("cat-audience-{}", k.as_str())));
    want.extend(Audience::ALL.iter().map(|k| format!("cat-iam-{}", k.as_str())));
    want.extend(Audience::ALL.iter().map(|k| format!("cat-iam-{}-intro", k.as_str())));
    want.extend(Topic::ALL.iter().map(|k| format!("cat-topic-{}", k.as_str())));
    want.extend(Level::ALL.iter().map(|k| format!("cat-level-{}", k.as_str())));
    want.extend(ContentLang::ALL.iter().map(|k| format!("cat-lang-{}", k.as_str())));
    want.extend(
        weerbaar_core::catalogue::adoption::AdoptionStatus::ALL
            .iter()
            .map(|k| format!("adoption-status-{}", k.as_str())),
    );
    want.extend(weerbaar_core::catalogue::Status::ALL.iter().map(|k| format!("cat-status-{}", k.as_str())));
    want.extend(weerbaar_core::catalogue::workflow::Transition::ALL.iter().map(|k| format!("cat-step-{}", k.key())));
    want.extend(["title", "summary", "why", "body", "meta"].iter().map(|k| format!("cat-diff-{k}")));
    for e in [
        weerbaar_core::catalogue::upload::UploadError::BadName,
        weerbaar_core::catalogue::upload::UploadError::WrongType,
        weerbaar_core::catalogue::upload::UploadError::Mismatch,
        weerbaar_core::catalogue::upload::UploadError::Empty,
        weerbaar_core::catalogue::upload::UploadError::TooLarge { max: 1 },
    ] {
        want.push(e.code().to_string());
    }
    {
        use weerbaar_core::catalogue::round::{Criterion, Decision};
        want.extend(Criterion::ALL.iter().map(|k| format!("round-criterion-{}", k.as_str())));
        want.extend(Criterion::ALL.iter().map(|k| format!("round-criterion-{}-hint", k.as_str())));
        want.extend(Decision::ALL.iter().map(|k| format!("round-decision-{}", k.as_str())));
        want.extend((1..=5).map(|n| format!("round-score-{n}")));
    }
    for f in ["type", "audience", "topic", "level", "lang"] {
        want.push(format!("cat-filter-{f}"));
        want.push(format!("cat-filter-{f}-all"));
    }
    let missing: Vec<&String> = want.iter().filter(|w| !ids.contains(*w)).collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
}

#[test]
fn every_message_family_of_the_findings_exists() {
    use weerbaar_core::findings::{Severity, Status};
    let ids = defined();
    let mut want: Vec<String> = Vec::new();
    want.extend(Severity::ALL.iter().map(|s| format!("finding-severity-{}", s.as_str())));
    want.extend(Status::ALL.iter().map(|s| format!("finding-status-{}", s.as_str().replace('_', "-"))));
    want.extend(weerbaar_core::engagement::Kind::ALL.iter().map(|k| format!("engagement-kind-{}", k.as_str())));
    want.extend(
        weerbaar_core::engagement::Status::ALL
            .iter()
            .map(|s| format!("engagement-status-{}", s.as_str().replace('_', "-"))),
    );
    want.extend(weerbaar_store::findings::Sort::ALL.iter().map(|s| format!("findings-sort-{}", s.as_str())));
    for kind in [
        "created",
        "status",
        "retest_passed",
        "retest_failed",
        "comment",
        "edited",
        "file",
        "import_reopened",
        "import_not_seen",
        "import_seen",
    ] {
        want.push(format!("finding-event-{}", kind.replace('_', "-")));
    }
    // The fields an import problem names, and the scanner parsers' problem codes.
    for f in crate::findings::finding::FIELDS {
        want.push(format!("finding-field-{}", f.replace('_', "-")));
    }
    let scan = [
        include_str!("../../scan/src/xml.rs"),
        include_str!("../../scan/src/greenbone.rs"),
        include_str!("../../scan/src/nessus.rs"),
        include_str!("../../scan/src/zap.rs"),
        include_str!("../../scan/src/json.rs"),
        include_str!("../../scan/src/csvfile.rs"),
    ]
    .concat();
    let codes: BTreeSet<String> = scan
        .match_indices("\"import-")
        .filter_map(|(i, _)| scan[i + 1..].split('"').next())
        .filter(|c| c.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        .map(str::to_string)
        .collect();
    assert!(codes.len() >= 12, "found the scanner problem codes: {codes:?}");
    want.extend(codes);
    let missing: Vec<&String> = want.iter().filter(|w| !ids.contains(*w)).collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
}

#[test]
fn every_message_family_of_awareness_exists() {
    use weerbaar_core::awareness::campaign::Status;
    let ids = defined();
    let mut want: Vec<String> = Vec::new();
    want.extend(Status::ALL.iter().map(|s| format!("campaign-status-{}", s.as_str())));
    want.extend(["todo", "started", "completed"].map(|s| format!("learn-state-{s}")));
    want.extend(["everyone", "departments", "people"].map(|s| format!("awareness-scope-{s}")));
    want.extend(weerbaar_core::awareness::staff::LANGS.map(|l| format!("lang-name-{l}")));
    // The fields an import problem can name.
    want.extend(
        ["name", "email", "department", "lang", "manager_email", "line"]
            .map(|f| format!("staff-field-{}", f.replace('_', "-"))),
    );
    let missing: Vec<&String> = want.iter().filter(|k| !ids.contains(k.as_str())).collect();
    assert!(missing.is_empty(), "message ids missing: {missing:?}");
}
