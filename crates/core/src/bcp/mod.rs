//! The business continuity plan: the model, the business impact analysis, the
//! dependency graph, the checks that find gaps, completeness, the recovery order, the
//! standard template and the JSON exchange format. All pure.

pub mod analysed;
pub mod bia;
pub mod checks;
pub mod completeness;
pub mod edit;
pub mod exchange;
pub mod generate;
pub mod graph;
pub mod model;
pub mod recovery;
pub mod summary;
pub mod template;
#[cfg(test)]
pub(crate) mod testing;
pub mod workflow;

pub use model::*;
