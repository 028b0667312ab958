//! An organisation's own pages: dashboard, settings, members and invitations, audit log.

mod audit_log;
mod dashboard;
mod members;
mod settings;

pub use audit_log::{AuditRow, audit_rows};
pub use dashboard::DashboardCache;
pub use members::{InviteError, create_invitation, invite};
pub use settings::{UpdateError, kind_options as settings_kind_options, update_profile};

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .get("/o/{org}", dashboard::page)
        .get("/o/{org}/brand.css", settings::brand_css)
        .get("/o/{org}/logo", settings::logo)
        .get("/o/{org}/settings", settings::page)
        .post("/o/{org}/settings", settings::save)
        .post("/o/{org}/settings/logo", settings::upload_logo)
        .post("/o/{org}/settings/logo/remove", settings::remove_logo)
        .get("/o/{org}/members", members::page)
        .post("/o/{org}/members", members::invite_submit)
        .post("/o/{org}/members/{user}/role", members::change_role)
        .post("/o/{org}/members/{user}/remove", members::remove)
        .post("/o/{org}/invitations/{invitation}/revoke", members::revoke_invitation)
        .get("/o/{org}/audit", audit_log::page)
}
