//! Rendering the demo plan (issue 4): the plan as PDF, DOCX and ODT, and the grab pack.
//! `cargo bench -p weerbaar-bench --bench documents`

use criterion::{Criterion, criterion_group, criterion_main};
use weerbaar_core::bcp::analysed::Analysis;
use weerbaar_render::bcp::{DocKind, Source};
use weerbaar_render::pack::{PackInfo, grab_pack};
use weerbaar_render::{Format, render};
use weerbaar_web::documents::DocLabels;
use weerbaar_web::i18n::Lang;

fn documents(c: &mut Criterion) {
    let today = weerbaar_core::today();
    let p = weerbaar_content::demo::voorbeeld_plan_numbered(today).expect("template");
    let analysis = Analysis::of(&p);
    let labels = DocLabels(Lang::Nl);
    let src = Source {
        plan: &p,
        analysis: &analysis,
        organisation: "Gemeente Voorbeeld",
        logo: None,
        today,
        labels: &labels,
    };
    let now = jiff::Timestamp::now();
    let mut g = c.benchmark_group("demo plan");
    g.sample_size(10);
    for f in [Format::Pdf, Format::Docx, Format::Odt] {
        g.bench_function(f.ext(), |b| b.iter(|| render(&src.document(DocKind::Plan), f, now).expect("render")));
    }
    let info =
        PackInfo { title: "Noodpakket", intro: "", contents_label: "Inhoud", plan_version: "1.0", plan_revision: 1 };
    g.bench_function("grab pack", |b| {
        b.iter(|| {
            let docs: Vec<_> = DocKind::ALL.iter().map(|k| src.document(*k)).collect();
            grab_pack(&docs, &info, now).expect("pack")
        })
    });
    g.finish();
}

criterion_group!(benches, documents);
criterion_main!(benches);
