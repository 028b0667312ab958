//! A generated CISO Assistant library for the import and page benchmarks.
//!
//!   gen-framework FUNCTIONS CATEGORIES PER_CATEGORY [VERSION] > library.yaml

fn main() {
    let a: Vec<usize> = std::env::args().skip(1).filter_map(|s| s.parse().ok()).collect();
    let (f, c, r) = match a.as_slice() {
        [f, c, r, ..] => (*f, *c, *r),
        _ => {
            eprintln!("usage: gen-framework FUNCTIONS CATEGORIES PER_CATEGORY [VERSION]");
            std::process::exit(2);
        }
    };
    let version = a.get(3).copied().unwrap_or(1) as u32;
    print!("{}", weerbaar_core::assessment::generate::ciso_yaml(f, c, r, version));
}
