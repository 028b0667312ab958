//! Time to render a plan's documents (issue 4): the demo plan or the generated
//! 200-activity plan, in one format or the whole grab pack, `repeats` times; prints the
//! median and fastest run in milliseconds. Peak memory comes from running it once under
//! `/usr/bin/time -v` (bench/documents.sh does both).
//!
//! typst keeps what it laid out in a memo cache, so rendering an unchanged plan again is
//! much faster than the first time. `--cold` empties that cache before every run: the
//! time a plan takes when nothing was laid out before (fonts stay loaded, as in a running
//! server). `--edited`
//! changes one activity's description before every run instead, after one untimed render:
//! a plan edited and downloaded again, while typst still holds its last layout.
//!
//!   render-bench demo|generated pdf|docx|odt|md|zip [repeats] [--cold|--edited] [--write DIR]

use std::time::{Duration, Instant};

use weerbaar_core::bcp::analysed::Analysis;
use weerbaar_core::bcp::model::Plan;
use weerbaar_render::bcp::{DocKind, Source};
use weerbaar_render::pack::{PackInfo, grab_pack};
use weerbaar_render::{Format, render};
use weerbaar_web::documents::DocLabels;
use weerbaar_web::i18n::Lang;

fn plan(which: &str) -> Result<Plan, String> {
    let today = weerbaar_core::today();
    match which {
        "demo" => weerbaar_content::demo::voorbeeld_plan_numbered(today).map_err(|e| e.to_string()),
        "generated" => Ok(weerbaar_core::bcp::generate::plan(200, 1000, 5000, 42, today)),
        other => Err(format!("unknown plan {other}: demo or generated")),
    }
}

fn main() -> Result<(), String> {
    // The allocator and settings the `weerbaar` binary uses, so the numbers are the server's.
    weerbaar_alloc::return_freed_memory_at_once();
    if !weerbaar_alloc::configured() {
        return Err("the allocator settings are not in force".into());
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let which = args.first().map(String::as_str).unwrap_or("demo");
    let what = args.get(1).map(String::as_str).unwrap_or("pdf");
    let repeats: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10).max(1);
    let cold = args.iter().any(|a| a == "--cold");
    let write = args.iter().position(|a| a == "--write").and_then(|i| args.get(i + 1)).cloned();

    let edited = args.iter().any(|a| a == "--edited");
    if cold && edited {
        return Err("--cold or --edited, not both".into());
    }

    let mut p = plan(which)?;
    let labels = DocLabels(Lang::Nl);
    let now = jiff::Timestamp::now();
    let mut times: Vec<Duration> = Vec::new();
    let mut last = Vec::new();
    for run in 0..repeats + usize::from(edited) {
        if cold {
            weerbaar_render::pdf::forget_layouts();
        }
        if edited && run > 0 {
            let middle = p.activities.len() / 2;
            if let Some(a) = p.activities.get_mut(middle) {
                a.description.push_str(&format!(" Bewerkt ({run})."));
            }
        }
        let analysis = Analysis::of(&p);
        let src = Source {
            plan: &p,
            analysis: &analysis,
            organisation: "Gemeente Voorbeeld",
            logo: None,
            today: weerbaar_core::today(),
            labels: &labels,
        };
        let t = Instant::now();
        last = if what == "zip" {
            let docs: Vec<_> = DocKind::ALL.iter().map(|k| src.document(*k)).collect();
            let info = PackInfo {
                title: "Noodpakket",
                intro: "",
                contents_label: "Inhoud",
                plan_version: &p.header.version_label,
                plan_revision: p.header.version,
            };
            grab_pack(&docs, &info, now).map_err(|e| e.to_string())?.0
        } else {
            let f = Format::parse(what).ok_or_else(|| format!("unknown format {what}"))?;
            render(&src.document(DocKind::Plan), f, now).map_err(|e| e.to_string())?
        };
        if !(edited && run == 0) {
            times.push(t.elapsed());
        }
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{which} {what} median_ms={:.1} min_ms={:.1} bytes={}",
        ms(times[times.len() / 2]),
        ms(times[0]),
        last.len()
    );
    if let Some(dir) = write {
        let path = std::path::Path::new(&dir).join(format!("{which}.{what}"));
        std::fs::write(&path, &last).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
