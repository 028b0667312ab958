//! Self-assessment against frameworks: the framework library (platform administrators
//! import CISO Assistant libraries and OSCAL catalogs; our baseline is shipped), an
//! organisation's assessments with two maturity scores per requirement, respondents per
//! section, roll-up and charts, gaps that become actions in the findings register, the
//! road to approval. The rules are in `core::assessment`, the queries in
//! `store::assessments`.

pub mod cache;
mod library;
mod pages;
mod section;
pub mod service;
pub mod views;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/admin/frameworks", library::page)
        .post_large("/admin/frameworks", library::import, weerbaar_core::assessment::FILE_MAX_BYTES + 64 * 1024)
        .get("/o/{org}/assessments", pages::list)
        .post("/o/{org}/assessments", pages::create)
        .get("/o/{org}/assessments/{assessment}", pages::overview)
        .post("/o/{org}/assessments/{assessment}/status", pages::set_status)
        .post("/o/{org}/assessments/{assessment}/respondents", pages::add_respondent)
        .post("/o/{org}/assessments/{assessment}/respondents/remove", pages::remove_respondent)
        .post("/o/{org}/assessments/{assessment}/actions", pages::create_action)
        .get("/o/{org}/assessments/{assessment}/sections/{section}", section::page)
        .post("/o/{org}/assessments/{assessment}/sections/{section}", section::save)
        .post_large(
            "/o/{org}/assessments/{assessment}/sections/{section}/files",
            section::upload,
            crate::findings::finding::EVIDENCE_MAX_BYTES + 64 * 1024,
        )
        .get("/o/{org}/assessments/{assessment}/files/{file}", section::download)
        .get("/o/{org}/assessments/{assessment}/versions/{version}", section::version)
}
