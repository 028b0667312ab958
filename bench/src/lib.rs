//! Shared set-up of the benchmarks. The benchmarks themselves are in `benches/` (criterion)
//! and in the shell scripts next to this crate (HTTP load with wrk).

pub mod catalogue;
