//! The roll-up of a 250-requirement assessment (target: under 1 ms), with gaps and key
//! measures, and the import of a 3.6 MB library (parse and checks, no database).
//!
//!   cargo bench -p weerbaar-bench --bench assessment

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use weerbaar_core::assessment::answer::Answer;
use weerbaar_core::assessment::rollup::{gaps, key_not_met, roll_up};
use weerbaar_core::assessment::{Format, generate, import};

fn bench(c: &mut Criterion) {
    let text = generate::ciso_yaml(5, 10, 5, 1);
    let f = import(Format::CisoAssistantYaml, text.as_bytes()).unwrap();
    let answers: HashMap<String, Answer> = f
        .requirements(Some("E"))
        .enumerate()
        .map(|(k, (_, n))| {
            let d = 1 + (k % 5) as u8;
            (n.id.clone(), Answer { documentation: Some(d), implementation: Some(6 - d), ..Default::default() })
        })
        .collect();
    assert_eq!(answers.len(), 250);
    c.bench_function("roll-up, 250 requirements", |b| {
        b.iter(|| black_box(roll_up(black_box(&f), Some("E"), black_box(&answers)).total.value))
    });
    c.bench_function("roll-up + gaps + key measures, 250 requirements", |b| {
        b.iter(|| {
            let r = roll_up(black_box(&f), Some("E"), black_box(&answers));
            black_box((r.total.value, gaps(&f, Some("E"), &answers).len(), key_not_met(&f, Some("E"), &answers).len()))
        })
    });
    let big = generate::ciso_yaml(6, 25, 9, 1);
    let mut g = c.benchmark_group("import");
    g.sample_size(10);
    g.bench_function("parse and check, 3.6 MB, 1,350 requirements", |b| {
        b.iter(|| black_box(import(Format::CisoAssistantYaml, black_box(big.as_bytes())).unwrap().nodes.len()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
