//! Audits and ethical hacking: engagements with their written authorisation and guest
//! testers, the one findings register (manual entry, engagements, scanner imports),
//! its reports, its API and its background jobs. The rules are in `core::findings`
//! and `core::engagement`, the queries in `store::findings` and `store::engagements`.

pub mod access;
pub mod api;
pub mod api_engagements;
pub mod cache;
mod engagements;
pub mod finding;
mod imports;
pub mod jobs;
pub mod register;
pub mod reports;
pub mod service;
pub mod views;

pub use imports::{IMPORT_MAX_BYTES, problems};

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/o/{org}/findings", register::page)
        .post("/o/{org}/findings", finding::create)
        .get("/o/{org}/findings/new", finding::new)
        .get("/o/{org}/findings/export.csv", register::export_csv)
        .get("/o/{org}/findings/report/{format}", reports::follow_up)
        .get("/o/{org}/findings/settings", register::settings)
        .post("/o/{org}/findings/settings", register::save_settings)
        .get("/o/{org}/findings/{finding}", finding::page)
        .post("/o/{org}/findings/{finding}", finding::save)
        .post("/o/{org}/findings/{finding}/transition", finding::transition)
        .post("/o/{org}/findings/{finding}/comments", finding::comment)
        .post_large("/o/{org}/findings/{finding}/files", finding::upload, finding::EVIDENCE_MAX_BYTES + 64 * 1024)
        .get("/o/{org}/findings/{finding}/files/{file}", finding::download)
        .get("/o/{org}/engagements", engagements::list)
        .post("/o/{org}/engagements", engagements::create)
        .get("/o/{org}/engagements/{engagement}", engagements::page)
        .post("/o/{org}/engagements/{engagement}", engagements::save)
        .post("/o/{org}/engagements/{engagement}/status", engagements::set_status)
        .get("/o/{org}/engagements/{engagement}/letter/{format}", reports::letter)
        .get("/o/{org}/engagements/{engagement}/report/{format}", reports::engagement_report)
        .post_large(
            "/o/{org}/engagements/{engagement}/authorisation",
            engagements::upload_authorisation,
            weerbaar_core::engagement::AUTHORISATION_MAX_BYTES + 64 * 1024,
        )
        .get("/o/{org}/engagements/{engagement}/authorisation", engagements::authorisation_file)
        .post("/o/{org}/engagements/{engagement}/guests", engagements::add_guest)
        .post("/o/{org}/engagements/{engagement}/guests/{user}/remove", engagements::remove_guest)
        .post("/o/{org}/engagements/{engagement}/findings", engagements::add_finding)
        .post_large("/o/{org}/engagements/{engagement}/imports", imports::upload, imports::IMPORT_MAX_BYTES + 64 * 1024)
        .post("/o/{org}/engagements/{engagement}/imports/{pending}", imports::confirm)
        .get("/engagements", engagements::guest_list)
        .merge(api_routes())
}

/// The API's routes: engagements (also for guests) and the register.
pub fn api_routes() -> Routes {
    Routes::new()
        .get("/api/v1/organisations/{org}/engagements", api_engagements::list_engagements)
        .post("/api/v1/organisations/{org}/engagements", api_engagements::create_engagement)
        .get("/api/v1/engagements/{engagement}", api_engagements::get_engagement)
        .put("/api/v1/engagements/{engagement}", api_engagements::put_engagement)
        .post_large("/api/v1/engagements/{engagement}/imports", api_engagements::import, imports::IMPORT_MAX_BYTES)
        .get("/api/v1/organisations/{org}/findings", api::list_findings)
        .post("/api/v1/organisations/{org}/findings", api::create_finding)
        .get("/api/v1/findings/{finding}", api::get_finding)
        .put("/api/v1/findings/{finding}", api::put_finding)
        .post("/api/v1/findings/{finding}/transitions", api::transition)
}
