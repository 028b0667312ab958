//! Prints a generated plan as an exchange document (docs/plan-format.md), for the HTTP
//! load runs: `gen-plan ACTIVITIES RESOURCES DEPENDENCIES > plan.json`.

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let (a, r, d) = match args.as_slice() {
        [a, r, d] => (*a, *r, *d),
        _ => (200, 1000, 5000),
    };
    let p = weerbaar_core::bcp::generate::plan(a, r, d, 42, weerbaar_core::today());
    let doc = weerbaar_core::bcp::exchange::export(&p);
    match serde_json::to_string(&doc) {
        Ok(s) => println!("{s}"),
        Err(e) => {
            eprintln!("gen-plan: {e}");
            std::process::exit(1);
        }
    }
}
