//! Self-assessment against frameworks: the framework library (platform administrators
//! import CISO Assistant libraries and OSCAL catalogs; our baseline is shipped), an
//! organisation's assessments with two maturity scores per requirement, respondents per
//! section, roll-up and charts, gaps that become actions in the findings register, the
//! road to approval. The rules are in `core::assessment`, the queries in
//! `store::assessments`.

pub mod api;
pub mod benchmark;
pub mod cache;
pub mod library;
pub mod origin;
pub mod pages;
pub mod report;
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
        .get("/o/{org}/assessments/{assessment}/export/{format}", report::page_export)
        .get("/o/{org}/benchmark", benchmark::page)
        .get("/o/{org}/benchmark.csv", benchmark::export_csv)
        .post("/o/{org}/benchmark/share", benchmark::set_share)
        .merge(api_routes())
}

/// The API's routes.
pub fn api_routes() -> Routes {
    Routes::new()
        .get("/api/v1/frameworks", api::list_frameworks)
        .post_large("/api/v1/frameworks", api::import_framework, api::IMPORT_LIMIT)
        .get("/api/v1/organisations/{org}/assessments", api::list_assessments)
        .post("/api/v1/organisations/{org}/assessments", api::create_assessment)
        .get("/api/v1/assessments/{assessment}", api::get_assessment)
        .put("/api/v1/assessments/{assessment}/answers/{ref_id}", api::put_answer)
        .get("/api/v1/assessments/{assessment}/export", api::export)
        .get("/api/v1/organisations/{org}/benchmark", api::benchmark)
}
