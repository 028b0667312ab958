//! The shape of the code, as the architecture guide asks: no source file of a crate uses
//! another that uses it back (directly or around a circle), and no source file grows past
//! about 600 lines unless it is one table of data.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 620;
/// Files that are one table of data, allowed to be long.
const DATA_TABLES: &[&str] = &["crates/store/src/backup/tables.rs", "crates/search/src/stopwords.rs"];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// A file's module path inside its crate: `bcp::api` for `src/bcp/api/mod.rs`.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("under src").with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts.join("::")
}

/// The code of a file without its test module and comments.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// `crate::a::b` and `super::x` references to other modules of the same crate.
fn references(module: &str, text: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let ident = |s: &str| -> Vec<String> {
        let path: String = s.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':').collect();
        path.split("::").filter(|p| !p.is_empty()).map(str::to_string).collect()
    };
    let mut add = |segs: Vec<String>| {
        for k in (1..=segs.len()).rev() {
            let cand = segs[..k].join("::");
            if modules.contains(&cand) {
                let related = cand == module
                    || module.starts_with(&format!("{cand}::"))
                    || cand.starts_with(&format!("{module}::"));
                if !related {
                    out.insert(cand);
                }
                break;
            }
        }
    };
    for (i, _) in text.match_indices("crate::") {
        add(ident(&text[i + 7..]));
    }
    let parent: Vec<&str> = module.split("::").collect();
    let parent = &parent[..parent.len().saturating_sub(1)];
    for (i, _) in text.match_indices("super::") {
        if text[..i].ends_with("::") {
            continue;
        }
        let mut segs: Vec<String> = parent.iter().map(|s| s.to_string()).collect();
        segs.extend(ident(&text[i + 7..]));
        add(segs);
    }
    out
}

/// The modules of every circle (strongly connected component of more than one).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct T<'g> {
        g: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on: BTreeSet<&'g str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'g>(t: &mut T<'g>, v: &'g str) {
        let n = t.index.len();
        t.index.insert(v, n);
        t.low.insert(v, n);
        t.stack.push(v);
        t.on.insert(v);
        if let Some(ws) = t.g.get(v) {
            for w in ws {
                let w = w.as_str();
                if !t.index.contains_key(w) {
                    visit(t, w);
                    let lw = t.low[w];
                    let lv = t.low.get_mut(v).expect("visited");
                    *lv = (*lv).min(lw);
                } else if t.on.contains(w) {
                    let iw = t.index[w];
                    let lv = t.low.get_mut(v).expect("visited");
                    *lv = (*lv).min(iw);
                }
            }
        }
        if t.low[v] == t.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on.remove(w);
                comp.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                t.out.push(comp);
            }
        }
    }
    let mut t =
        T { g: graph, index: BTreeMap::new(), low: BTreeMap::new(), stack: vec![], on: BTreeSet::new(), out: vec![] };
    for v in graph.keys() {
        if !t.index.contains_key(v.as_str()) {
            visit(&mut t, v.as_str());
        }
    }
    t.out
}

fn crates() -> Vec<PathBuf> {
    let root = workspace();
    let mut out: Vec<PathBuf> = std::fs::read_dir(root.join("crates"))
        .expect("crates/")
        .flatten()
        .map(|e| e.path().join("src"))
        .filter(|p| p.is_dir())
        .collect();
    out.push(root.join("bench/src"));
    out.sort();
    out
}

#[test]
fn no_source_file_uses_a_file_that_uses_it_back() {
    let mut found = Vec::new();
    for src in crates() {
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let texts: BTreeMap<String, String> =
            files.iter().map(|f| (module_of(&src, f), code(&std::fs::read_to_string(f).expect("readable")))).collect();
        let modules: BTreeSet<String> = texts.keys().cloned().collect();
        let graph: BTreeMap<String, BTreeSet<String>> =
            texts.iter().filter(|(m, _)| !m.is_empty()).map(|(m, t)| (m.clone(), references(m, t, &modules))).collect();
        for c in circles(&graph) {
            found.push(format!("{}: {}", src.display(), c.join(" ⇄ ")));
        }
    }
    assert!(found.is_empty(), "import circles between files:\n{}", found.join("\n"));
}

#[test]
fn the_circle_finder_finds_circles() {
    let g: BTreeMap<String, BTreeSet<String>> =
        [("a", vec!["b"]), ("b", vec!["c"]), ("c", vec!["a"]), ("d", vec!["a"])]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into_iter().map(str::to_string).collect()))
            .collect();
    assert_eq!(circles(&g), vec![vec!["a".to_string(), "b".into(), "c".into()]]);
    let mods: BTreeSet<String> = ["bcp", "bcp::api", "api", "json"].iter().map(|s| s.to_string()).collect();
    let refs = references("bcp::api", "use crate::json::ErrorDto; use super::save; crate::api::x", &mods);
    assert_eq!(refs, ["api", "json"].iter().map(|s| s.to_string()).collect());
}

#[test]
fn no_source_file_is_longer_than_about_six_hundred_lines() {
    let root = workspace();
    let mut long = Vec::new();
    for src in crates() {
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        for f in files {
            let rel = f.strip_prefix(&root).expect("in workspace").to_string_lossy().into_owned();
            let n = std::fs::read_to_string(&f).expect("readable").lines().count();
            if n > MAX_LINES && !DATA_TABLES.contains(&rel.as_str()) {
                long.push(format!("{rel}: {n} lines"));
            }
        }
    }
    assert!(long.is_empty(), "split these by what they do:\n{}", long.join("\n"));
}
