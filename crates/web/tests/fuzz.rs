//! Fuzzing that runs in the test command for a bounded time: the plan import, the toolkit
//! content loader and the Markdown-to-document path get mangled input; none may panic,
//! and none may use much memory, measured by a counting allocator in this test binary.
//!
//! `WEERBAAR_FUZZ_CASES=5000 cargo nextest run -p weerbaar-web --test fuzz` runs longer.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use serde_json::{Value, json};
use weerbaar_render::{Block, Document, Format};

/// Counts live heap bytes and the peak since the last reset.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Runs `f` and returns how many bytes above the starting point it had live at most.
fn peak_of(f: impl FnOnce()) -> usize {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    f();
    PEAK.load(Ordering::Relaxed).saturating_sub(base)
}

/// The most any one case may hold at once.
const MEMORY_BOUND: usize = 96 * 1024 * 1024;

fn cases() -> u32 {
    std::env::var("WEERBAAR_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(200)
}

/// Hostile strings: control and bidirectional characters, markup, long runs, numbers.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        Just(String::new()),
        Just("\u{202E}\u{200B}\u{0}\u{7}\r\n\t".to_string()),
        Just("<script>alert(1)</script>]]><!--".to_string()),
        Just("x".repeat(20_000)),
        Just("99999999999999999999999".to_string()),
        Just("-1".to_string()),
        Just("2027-02-30".to_string()),
        Just("R1".to_string()),
        Just("A1".to_string()),
    ]
}

fn any_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        Just(json!(u64::MAX)),
        nasty().prop_map(Value::String),
        Just(json!([])),
        Just(json!({})),
        Just(json!(["R1", "R1", "R999", 5, null])),
        Just(json!(vec![json!({}); 3000])),
    ]
}

/// One change to a document: at the `at`-th node (in document order), do `what`.
#[derive(Debug, Clone)]
enum Edit {
    Replace(Value),
    Remove,
    Repeat(usize),
    AddField(String, Value),
}

fn edit() -> impl Strategy<Value = (usize, Edit)> {
    let what = prop_oneof![
        any_value().prop_map(Edit::Replace),
        Just(Edit::Remove),
        (1usize..400).prop_map(Edit::Repeat),
        ("[a-z_]{1,12}", any_value()).prop_map(|(k, v)| Edit::AddField(k, v)),
    ];
    (any::<usize>(), what)
}

fn count(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count).sum(),
        Value::Object(m) => m.values().map(count).sum(),
        _ => 0,
    }
}

/// Applies the edit to the `n`-th node; returns how many nodes were passed.
fn apply(v: &mut Value, n: usize, e: &Edit) -> usize {
    if n == 0 {
        match e {
            Edit::Replace(x) => *v = x.clone(),
            Edit::Remove => *v = Value::Null,
            Edit::Repeat(k) => {
                if let Value::Array(a) = v
                    && let Some(first) = a.first().cloned()
                {
                    a.extend(std::iter::repeat_n(first, *k));
                }
            }
            Edit::AddField(k, x) => {
                if let Value::Object(m) = v {
                    m.insert(k.clone(), x.clone());
                }
            }
        }
        return usize::MAX;
    }
    let mut seen = 1;
    match v {
        Value::Array(a) => {
            for x in a {
                let d = apply(x, n - seen, e);
                if d == usize::MAX {
                    return d;
                }
                seen += d;
            }
        }
        Value::Object(m) => {
            // Removing a field (not nulling it) where the edit says so.
            if let Edit::Remove = e {
                let key = m.keys().nth((n - seen) % m.len().max(1)).cloned();
                if let Some(k) = key
                    && n - seen < m.len()
                {
                    m.remove(&k);
                    return usize::MAX;
                }
            }
            for x in m.values_mut() {
                let d = apply(x, n - seen, e);
                if d == usize::MAX {
                    return d;
                }
                seen += d;
            }
        }
        _ => {}
    }
    seen
}

fn plan_document() -> Value {
    let p = weerbaar_core::bcp::generate::plan(6, 8, 14, 3, weerbaar_core::today());
    serde_json::to_value(weerbaar_core::bcp::exchange::export(&p)).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    /// Edited plan documents, and their bytes cut or flipped: problems or a plan, never
    /// a panic, never much memory.
    #[test]
    fn plan_import(edits in proptest::collection::vec(edit(), 1..6), cut in any::<Option<(usize, u8)>>()) {
        let mut doc = plan_document();
        for (at, e) in &edits {
            let n = count(&doc);
            apply(&mut doc, at % n, e);
        }
        let mut bytes = serde_json::to_vec(&doc).unwrap();
        if let Some((i, b)) = cut {
            let i = i % bytes.len().max(1);
            if b % 2 == 0 { bytes.truncate(i) } else if let Some(x) = bytes.get_mut(i) { *x = b }
        }
        let used = peak_of(|| {
            let _ = weerbaar_web::bcp::parse_document(&bytes);
        });
        prop_assert!(used < MEMORY_BOUND, "{} MB for a {} KB document", used >> 20, bytes.len() >> 10);
    }

    /// A shipped resource's files with mangled metadata and texts.
    #[test]
    fn content_loader(which in any::<usize>(), at in any::<usize>(), insert in nasty(), drop_file in any::<bool>()) {
        let all = weerbaar_content::resource_files();
        let slug = all[which % all.len()].0.split('/').next().unwrap().to_string();
        let mut files: Vec<(String, Vec<u8>)> =
            all.iter().filter(|(p, _)| p.starts_with(&format!("{slug}/"))).map(|(p, b)| (p.clone(), b.to_vec())).collect();
        let k = at % files.len();
        if drop_file {
            files.remove(k);
        } else {
            let f = &mut files[k].1;
            let i = at % (f.len() + 1);
            f.splice(i..i, insert.into_bytes());
        }
        let refs: Vec<(&str, &[u8])> = files.iter().map(|(p, b)| (p.as_str(), b.as_slice())).collect();
        let used = peak_of(|| {
            let _ = weerbaar_core::catalogue::load::load(&refs);
        });
        prop_assert!(used < MEMORY_BOUND, "{} MB", used >> 20);
    }

    /// Markdown made of the pieces writers use, in any order and nesting, into every
    /// format but PDF (typst has its own fuzzing; a few PDFs are made below).
    #[test]
    fn markdown_to_documents(pieces in proptest::collection::vec(markdown_piece(), 0..40)) {
        let md: String = pieces.concat();
        let used = peak_of(|| {
            let d = toolkit_document(&md);
            for f in [Format::Md, Format::Html, Format::Docx, Format::Odt] {
                let out = weerbaar_render::render(&d, f, jiff::Timestamp::UNIX_EPOCH).expect("renders");
                assert!(!out.is_empty());
            }
        });
        prop_assert!(used < MEMORY_BOUND, "{} MB for {} bytes of Markdown", used >> 20, md.len());
    }
}

fn markdown_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        nasty().prop_map(|s| format!("{s}\n")),
        Just("# Titel\n".to_string()),
        Just("###### diep\n".to_string()),
        Just("- punt\n  - dieper\n    - nog dieper\n".to_string()),
        Just("1. een\n2. twee\n   1. twee a\n".to_string()),
        Just("- [ ] taak\n- [x] klaar\n".to_string()),
        Just("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n".to_string()),
        Just("|x|\n|-|\n".to_string()),
        Just("```\ncode <b>\n".to_string()),
        Just("> citaat\n> > dubbel\n".to_string()),
        Just("[link](javascript:alert(1)) ![beeld](file:///etc/passwd)\n".to_string()),
        Just("<div onclick=x>html</div>\n".to_string()),
        Just("**vet *schuin `code`**\n".to_string()),
        Just("\n\n".to_string()),
        Just("---\n".to_string()),
        Just("Term\n: uitleg\n".to_string()),
        Just("[^1]\n\n[^1]: voetnoot\n".to_string()),
        Just("- ".repeat(200)),
        Just("> ".repeat(200)),
    ]
}

fn toolkit_document(md: &str) -> Document {
    let mut blocks = vec![Block::Note { text: "Waarom: omdat".into() }];
    blocks.extend(weerbaar_render::markdown_in::blocks(md, 1));
    Document {
        lang: "nl".into(),
        title: "Proef".into(),
        subtitle: String::new(),
        organisation: "Weerbaar".into(),
        version: "1".into(),
        classification: "Gids".into(),
        date: "07/12/2026".into(),
        cover: Vec::new(),
        toc_title: None,
        page_label: "Pagina".into(),
        compact: false,
        logo: None,
        blocks,
    }
}

/// A few whole PDFs from hostile Markdown (slower, so not every case).
#[test]
fn markdown_to_pdf() {
    for md in ["- ".repeat(300), "> ".repeat(300), "| a |\n|---|\n".repeat(200), "\u{202E}x\u{0}\n".repeat(100)] {
        let d = toolkit_document(&md);
        let used = peak_of(|| {
            let pdf = weerbaar_render::render(&d, Format::Pdf, jiff::Timestamp::UNIX_EPOCH).expect("pdf");
            assert!(pdf.starts_with(b"%PDF-"));
        });
        assert!(used < 4 * MEMORY_BOUND, "{} MB for a PDF", used >> 20);
    }
}
