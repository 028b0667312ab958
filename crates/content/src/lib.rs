//! The toolkit's own content, written as files under `content/` and embedded in the
//! binary at build time, so an installation needs nothing beside the binary.

pub mod demo;

use std::sync::OnceLock;

use include_dir::{Dir, include_dir};
use weerbaar_core::bcp::template::{Template, TemplateError};
use weerbaar_core::catalogue::load::{self, Shipped};
use weerbaar_core::catalogue::synonyms::Synonyms;
use weerbaar_core::files::FileError;

pub static CONTENT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../content");

/// The files of the standard BCP template, by path relative to `content/bcp/`.
pub fn bcp_files() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    if let Some(dir) = CONTENT.get_dir("bcp") {
        collect(dir, "bcp/", &mut out);
    }
    out
}

fn collect(dir: &'static Dir<'static>, strip: &str, out: &mut Vec<(String, &'static str)>) {
    for f in dir.files() {
        if let Some(text) = f.contents_utf8() {
            let path = f.path().to_string_lossy().to_string();
            out.push((path.strip_prefix(strip).unwrap_or(&path).to_string(), text));
        }
    }
    for d in dir.dirs() {
        collect(d, strip, out);
    }
}

/// The files of the toolkit's resources, by path relative to `content/resources/`.
pub fn resource_files() -> Vec<(String, &'static [u8])> {
    fn walk(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static [u8])>) {
        for f in dir.files() {
            let path = f.path().to_string_lossy().to_string();
            out.push((path.strip_prefix("resources/").unwrap_or(&path).to_string(), f.contents()));
        }
        for d in dir.dirs() {
            walk(d, out);
        }
    }
    let mut out = Vec::new();
    if let Some(dir) = CONTENT.get_dir("resources") {
        walk(dir, &mut out);
    }
    out
}

pub const BASELINE_FILE: &str = "frameworks/weerbaar-baseline.yaml";

/// Our municipal baseline for self-assessment, read with the same importer as any
/// CISO Assistant library; a mistake names the file and the place.
pub fn baseline() -> Result<weerbaar_core::assessment::Framework, String> {
    use weerbaar_core::assessment::{Format, import};
    let bytes =
        CONTENT.get_file(BASELINE_FILE).map(|f| f.contents()).ok_or_else(|| format!("{BASELINE_FILE}: missing"))?;
    import(Format::CisoAssistantYaml, bytes).map_err(|p| {
        p.iter()
            .map(|p| format!("{BASELINE_FILE}: {} {}: {}", p.place, p.code, p.detail))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// The phishing-exercise templates from `content/phishing/`, checked.
pub fn phishing_templates() -> Result<Vec<weerbaar_core::awareness::template::Template>, Vec<FileError>> {
    let mut files = Vec::new();
    if let Some(dir) = CONTENT.get_dir("phishing") {
        collect(dir, "phishing/", &mut files);
    }
    let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), *t)).collect();
    weerbaar_core::awareness::template::load(&refs)
}

/// The training modules from `content/training/`, checked.
pub fn training_modules() -> Result<Vec<weerbaar_core::awareness::module::Module>, Vec<FileError>> {
    let mut files = Vec::new();
    if let Some(dir) = CONTENT.get_dir("training") {
        collect(dir, "training/", &mut files);
    }
    let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), *t)).collect();
    weerbaar_core::awareness::module::load(&refs)
}

pub const SYNONYMS_FILE: &str = "search/synonyms.toml";

/// The search synonym list kept with the content, checked.
pub fn synonyms() -> Result<Synonyms, FileError> {
    let text = CONTENT.get_file(SYNONYMS_FILE).and_then(|f| f.contents_utf8()).ok_or_else(|| FileError {
        file: SYNONYMS_FILE.into(),
        line: None,
        reason: "missing or not UTF-8".into(),
    })?;
    Synonyms::parse(SYNONYMS_FILE, text)
}

pub const RELEVANCE_FILE: &str = "search/relevance.toml";

/// One query of the search relevance set: the resources expected in the first three.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelevanceCase {
    pub lang: String,
    pub query: String,
    pub expect: Vec<String>,
}

/// The relevance set kept with the content (used by the search test and benchmark).
pub fn relevance_set() -> Result<Vec<RelevanceCase>, FileError> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Set {
        case: Vec<RelevanceCase>,
    }
    let text = CONTENT.get_file(RELEVANCE_FILE).and_then(|f| f.contents_utf8()).ok_or_else(|| FileError {
        file: RELEVANCE_FILE.into(),
        line: None,
        reason: "missing or not UTF-8".into(),
    })?;
    weerbaar_core::files::parse_toml::<Set>(RELEVANCE_FILE, text).map(|s| s.case)
}

/// The toolkit's own resources, loaded and checked.
pub fn resources() -> Result<Vec<Shipped>, Vec<FileError>> {
    let files = resource_files();
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(p, b)| (p.as_str(), *b)).collect();
    load::load(&refs)
}

/// The standard BCP template, parsed and checked once.
pub fn bcp_template() -> Result<&'static Template, TemplateError> {
    static T: OnceLock<Result<Template, TemplateError>> = OnceLock::new();
    T.get_or_init(|| {
        let files = bcp_files();
        let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), *t)).collect();
        Template::parse(&refs)
    })
    .as_ref()
    .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_training_modules_load_and_link_only_what_exists() {
        use weerbaar_core::awareness::module::Audience;
        let m = super::training_modules()
            .unwrap_or_else(|e| panic!("{}", e.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("\n")));
        assert!(m.iter().filter(|x| x.audience == Audience::Staff).count() >= 8, "eight modules for staff");
        assert!(m.iter().any(|x| x.audience == Audience::Board), "one for the board");
        let slugs: Vec<String> =
            super::resource_files().iter().filter_map(|(p, _)| p.split('/').next().map(str::to_string)).collect();
        for x in &m {
            assert!((5..=10).contains(&x.minutes), "{}: 5 to 10 minutes", x.slug);
            for (lang, q) in &x.quiz {
                assert!((5..=8).contains(&q.len()), "{} {lang}: 5 to 8 questions", x.slug);
            }
            for r in &x.related {
                assert!(slugs.contains(r), "{}: no resource {r}", x.slug);
            }
        }
    }

    #[test]
    fn the_phishing_templates_load() {
        let t = super::phishing_templates()
            .unwrap_or_else(|e| panic!("{}", e.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("\n")));
        assert!(t.len() >= 8, "at least eight lures");
        for x in &t {
            assert!(x.texts.contains_key("nl") && x.texts.contains_key("en"), "{}", x.slug);
        }
    }

    #[test]
    fn the_baseline_loads_and_links_only_what_exists() {
        let f = super::baseline().unwrap();
        assert_eq!(f.roots().len(), 10, "ten themes");
        let n = f.assessable();
        assert!((38..=42).contains(&n), "about forty measures: {n}");
        assert!(f.nodes.iter().filter(|n| n.key).count() >= 8);
        let slugs: Vec<String> =
            super::resource_files().iter().filter_map(|(p, _)| p.split('/').next().map(str::to_string)).collect();
        let csf = |s: &str| {
            let (cat, num) = s.split_once('-').unwrap_or(("", ""));
            let (func, _) = cat.split_once('.').unwrap_or(("", ""));
            ["GV", "ID", "PR", "DE", "RS", "RC"].contains(&func)
                && num.len() == 2
                && num.bytes().all(|b| b.is_ascii_digit())
        };
        for n in f.nodes.iter().filter(|n| n.assessable) {
            for lang in ["nl", "en"] {
                assert!(!n.name.0.get(lang).map(String::as_str).unwrap_or("").is_empty(), "{} has a {lang} name", n.id);
                assert!(!n.description.0.get(lang).map(String::as_str).unwrap_or("").is_empty(), "{} {lang}", n.id);
                assert!(!n.guidance.0.get(lang).map(String::as_str).unwrap_or("").is_empty(), "{} {lang}", n.id);
            }
            assert!(!n.csf.is_empty() && n.csf.iter().all(|c| csf(c)), "{}: {:?}", n.id, n.csf);
            assert!(!n.resources.is_empty(), "{} links the toolkit", n.id);
            for r in &n.resources {
                assert!(slugs.contains(r), "{}: no resource {r}", n.id);
            }
            assert!(n.levels.iter().all(|l| l == "basis" || l == "gevorderd"));
        }
        assert!(f.scale.as_ref().is_some_and(|s| s.min == 1 && s.max == 5 && s.scores.len() == 5));
    }

    use super::*;
    use weerbaar_core::bcp::{bia, checks, completeness, model::*, recovery};

    #[test]
    fn the_shipped_resources_load() {
        let all = resources()
            .unwrap_or_else(|e| panic!("{}", e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")));
        assert!(all.len() >= 30, "{} resources", all.len());
        let quick: Vec<u8> = {
            let mut q: Vec<u8> = all.iter().filter_map(|r| r.meta.quick_win).collect();
            q.sort_unstable();
            q
        };
        assert_eq!(quick, (1..=10).collect::<Vec<u8>>(), "the ten quick wins");
    }

    #[test]
    fn the_synonym_list_loads() {
        let s = synonyms().unwrap_or_else(|e| panic!("{e}"));
        assert!(s.groups.len() >= 20, "{} groups", s.groups.len());
    }

    #[test]
    fn the_bcp_template_is_valid_and_complete() {
        let t = bcp_template().unwrap_or_else(|e| panic!("{e}"));
        assert!(t.activities.len() >= 25, "{} activities", t.activities.len());
        assert!(t.resources.len() >= 30);
        assert_eq!(t.playbooks.len(), 8);
        for key in ["death-registration", "payroll"] {
            assert!(t.activities.iter().any(|a| a.key.contains(key.split('-').next().unwrap())), "{key}");
        }
        assert!(t.crisis.role.iter().any(|r| r.key == "coordinator"));
    }

    #[test]
    fn a_plan_from_the_template_in_dutch_and_english() {
        let t = bcp_template().unwrap();
        for lang in ["nl", "en", "fr"] {
            let mut n = 0;
            let p = t.instantiate(lang, weerbaar_core::org::OrgKind::Municipality, None, || {
                n += 1;
                format!("id-{n}")
            });
            assert_eq!(p.activities.len(), t.activities.len());
            assert_eq!(p.playbooks.len(), 8);
            assert!(!p.header.scope.is_empty());
            let death = p.activities.iter().find(|a| a.template_key.as_deref() == Some("death-registration")).unwrap();
            let m = bia::mtpd(&death.impacts, &p.header.scale.windows_hours, p.header.scale.unacceptable_level);
            assert_eq!(m, Some(24), "a death must be declared within a day");
            assert!(bia::assess(death, &p.header.scale).critical);
            // Recovery times are the organisation's own: not filled from the template.
            assert!(p.resources.iter().all(|r| r.recovery_hours.is_none()));
            let f = checks::run(&p, jiff::civil::date(2026, 11, 27));
            assert!(f.iter().any(|x| x.code == "recovery_time_unknown"));
            assert!(!f.iter().any(|x| x.code == "dependency_cycle"));
            assert!(recovery::recovery_order(&p).cycles.is_empty());
            assert!(completeness::completeness(&p).overall() > 10);
        }
        let en = t.instantiate("en", weerbaar_core::org::OrgKind::Municipality, None, || "x".into());
        assert!(en.activities.iter().any(|a| a.name == "Death registration and burial permit"));
    }

    #[test]
    fn choosing_activities_brings_only_their_resources() {
        let t = bcp_template().unwrap();
        let mut n = 0;
        let p = t.instantiate(
            "nl",
            weerbaar_core::org::OrgKind::Municipality,
            Some(&["death-registration".to_string()]),
            || {
                n += 1;
                format!("id-{n}")
            },
        );
        assert_eq!(p.activities.len(), 1);
        assert!(p.resources.len() < t.resources.len());
        for (from, to) in &p.resource_deps {
            assert!(p.resource(from).is_some() && p.resource(to).is_some());
        }
        assert!(p.resources.iter().any(|r| r.kind == ResourceKind::Application));
    }

    #[test]
    fn broken_template_files_are_reported_with_file_and_line() {
        let mut files = bcp_files();
        let i = files.iter().position(|(n, _)| n == "scale.toml").unwrap();
        files[i].1 = "windows_hours = [4, 24\nunacceptable_level = 3\n";
        let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), *t)).collect();
        let e = Template::parse(&refs).unwrap_err();
        assert_eq!(e.file, "scale.toml");
        assert!(e.line.is_some(), "{e}");
        let mut files = bcp_files();
        files.retain(|(n, _)| n != "playbooks/ddos.toml");
        let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), *t)).collect();
        assert_eq!(Template::parse(&refs).unwrap_err().file, "playbooks/ddos.toml");
    }
}
