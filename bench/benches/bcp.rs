//! All plan checks plus the recovery order on a generated plan of 200 activities, 1,000
//! resources and 5,000 dependencies (target: under 10 ms), and the pieces separately.
//!
//!   cargo bench -p weerbaar-bench --bench bcp

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use weerbaar_core::bcp::{checks, completeness, generate, recovery};

fn bench(c: &mut Criterion) {
    let today = jiff::civil::date(2026, 11, 27);
    let p = generate::plan(200, 1000, 5000, 42, today);
    c.bench_function("checks + recovery order (200/1000/5000)", |b| {
        b.iter(|| {
            let f = checks::run(black_box(&p), today);
            let o = recovery::recovery_order(black_box(&p));
            black_box((f.len(), o.steps.len()))
        })
    });
    c.bench_function("checks only", |b| b.iter(|| black_box(checks::run(black_box(&p), today).len())));
    c.bench_function("recovery order only", |b| {
        b.iter(|| black_box(recovery::recovery_order(black_box(&p)).steps.len()))
    });
    c.bench_function("completeness", |b| b.iter(|| black_box(completeness::completeness(black_box(&p)).overall())));
}

criterion_group!(benches, bench);
criterion_main!(benches);
