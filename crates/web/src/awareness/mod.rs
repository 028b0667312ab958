//! Awareness and training. Staff (not accounts) follow short modules from a personal
//! link; administrators import the staff list, assign modules and see honest figures
//! per department; phishing exercises pass an approval gate, never ask for anything,
//! and count a click only when a person confirms it. Rules: `core::awareness`;
//! queries: `store::awareness`.

pub mod api;
pub mod campaign;
mod campaign_pages;
mod learn;
mod pages;
pub mod sender;
pub mod service;
mod staff_pages;

pub use staff_pages::unreadable_text;
pub mod tracking;

use crate::routes::Routes;

/// The largest staff list an import takes.
pub const IMPORT_LIMIT: usize = weerbaar_core::awareness::staff::IMPORT_MAX_BYTES + 64 * 1024;

pub fn routes() -> Routes {
    Routes::new()
        .get("/o/{org}/awareness", pages::overview)
        .post("/o/{org}/awareness/assignments", pages::assign)
        .post("/o/{org}/awareness/settings", pages::settings)
        .get("/o/{org}/awareness/progress.csv", pages::progress_csv)
        .get("/o/{org}/staff", staff_pages::list)
        .post("/o/{org}/staff", staff_pages::add)
        .post_large("/o/{org}/staff/import", staff_pages::import, IMPORT_LIMIT)
        .post("/o/{org}/staff/import/confirm", staff_pages::confirm)
        .get("/o/{org}/staff/{staff}", staff_pages::person)
        .post("/o/{org}/staff/{staff}", staff_pages::save)
        .post("/o/{org}/staff/{staff}/link", staff_pages::send_link)
        .get("/o/{org}/phishing", campaign_pages::list)
        .get("/o/{org}/phishing/new", campaign_pages::new)
        .post("/o/{org}/phishing", campaign_pages::create)
        .get("/o/{org}/phishing/templates/{template}", campaign_pages::template)
        .get("/o/{org}/phishing/{campaign}", campaign_pages::show)
        .post("/o/{org}/phishing/{campaign}", campaign_pages::update)
        .post("/o/{org}/phishing/{campaign}/approve", campaign_pages::approve)
        .post("/o/{org}/phishing/{campaign}/launch", campaign_pages::launch)
        .post("/o/{org}/phishing/{campaign}/stop", campaign_pages::stop)
        .get("/t/{token}", learn::link_page)
        .post("/t/{token}", learn::use_link)
        .get("/learn", learn::home)
        .post("/learn/link", learn::request_link)
        .post("/learn/signout", learn::sign_out)
        .get("/learn/team", learn::team)
        .get("/learn/{module}", learn::module_page)
        .get("/learn/{module}/quiz", learn::quiz)
        .post("/learn/{module}/quiz", learn::answer)
        .get("/learn/{module}/certificate", learn::certificate)
        .merge(tracking::routes())
        .merge(api_routes())
}

/// The API's routes.
pub fn api_routes() -> Routes {
    Routes::new()
        .post_large("/api/v1/organisations/{org}/staff/import", api::import_staff, IMPORT_LIMIT)
        .get("/api/v1/organisations/{org}/training/progress", api::progress)
        .get("/api/v1/organisations/{org}/phishing/campaigns", api::campaigns)
        .post("/api/v1/organisations/{org}/phishing/campaigns", api::create_campaign)
        .post("/api/v1/phishing/campaigns/{campaign}/launch", api::launch)
        .post_large("/api/v1/organisations/{org}/phishing/reports", api::report, 1024 * 1024)
}
