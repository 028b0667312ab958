//! The application: every feature's routes in one table, under the security layers.

use axum::Router;

use crate::AppState;
use crate::routes::{RouteInfo, Routes};

/// The application: a ready router and the routes it serves.
pub struct App {
    pub router: Router,
    pub routes: Vec<RouteInfo>,
    /// `/metrics` alone, for its own listener (`--metrics-listen`): route and pool
    /// figures are for the operator, not for anyone who can reach the site.
    pub metrics: Router,
}

pub fn build(state: AppState) -> App {
    // Install the metrics recorder before the first request is counted.
    crate::ops::prometheus();
    let routes = Routes::new()
        .merge(crate::ops::routes())
        .merge(crate::assets::routes())
        .merge(crate::auth::routes())
        .merge(crate::account::routes())
        .merge(crate::org::routes())
        .merge(crate::admin::routes())
        .merge(crate::api::routes())
        .merge(crate::openapi::routes())
        .merge(crate::bcp::routes())
        .merge(crate::documents::routes())
        .merge(crate::awareness::routes())
        .merge(crate::catalogue::routes())
        .merge(crate::findings::routes())
        .merge(crate::assessment::routes());
    let (router, list) = routes.into_parts();
    let metrics = crate::ops::metrics_router(state.clone());
    let router = crate::security::layers(router, state.clone()).with_state(state);
    App { router, routes: list, metrics }
}
