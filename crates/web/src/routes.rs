//! The route table every feature module fills in. It also lists every route: the
//! tenant-isolation test walks that list, so a route cannot be added without being
//! tested. The application is assembled from the feature modules in `app`.

use std::collections::BTreeMap;

use axum::Router;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::MethodFilter;
use axum::routing::{MethodRouter, on};

use crate::AppState;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteInfo {
    pub method: Method,
    pub path: &'static str,
}

/// Collects routes; `into_router` hands them to axum.
pub struct Routes {
    by_path: BTreeMap<&'static str, MethodRouter<AppState>>,
    list: Vec<RouteInfo>,
}

impl Routes {
    pub fn new() -> Routes {
        Routes { by_path: BTreeMap::new(), list: Vec::new() }
    }

    fn add<H, T>(mut self, method: Method, filter: MethodFilter, path: &'static str, h: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let mr = match self.by_path.remove(path) {
            Some(existing) => existing.on(filter, h),
            None => on(filter, h),
        };
        self.by_path.insert(path, mr);
        self.list.push(RouteInfo { method, path });
        self
    }

    pub fn get<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, h: H) -> Self {
        self.add(Method::GET, MethodFilter::GET, path, h)
    }
    pub fn post<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, h: H) -> Self {
        self.add(Method::POST, MethodFilter::POST, path, h)
    }
    pub fn put<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, h: H) -> Self {
        self.add(Method::PUT, MethodFilter::PUT, path, h)
    }
    pub fn delete<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, h: H) -> Self {
        self.add(Method::DELETE, MethodFilter::DELETE, path, h)
    }

    /// A POST route that accepts larger bodies than the default (uploads, imports).
    pub fn post_large<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, h: H, max_bytes: usize) -> Self {
        self.add_large(Method::POST, MethodFilter::POST, path, h, max_bytes)
    }

    /// A PUT route that accepts larger bodies than the default (whole documents).
    pub fn put_large<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, h: H, max_bytes: usize) -> Self {
        self.add_large(Method::PUT, MethodFilter::PUT, path, h, max_bytes)
    }

    fn add_large<H, T>(mut self, method: Method, filter: MethodFilter, path: &'static str, h: H, max: usize) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let mr = on(filter, h).layer(axum::extract::DefaultBodyLimit::max(max));
        let merged = match self.by_path.remove(path) {
            Some(existing) => existing.merge(mr),
            None => mr,
        };
        self.by_path.insert(path, merged);
        self.list.push(RouteInfo { method, path });
        self
    }

    pub fn merge(mut self, other: Routes) -> Self {
        for (path, mr) in other.by_path {
            let merged = match self.by_path.remove(path) {
                Some(existing) => existing.merge(mr),
                None => mr,
            };
            self.by_path.insert(path, merged);
        }
        self.list.extend(other.list);
        self
    }

    pub fn list(&self) -> &[RouteInfo] {
        &self.list
    }

    pub fn into_parts(self) -> (Router<AppState>, Vec<RouteInfo>) {
        let mut router = Router::new();
        for (path, mr) in self.by_path {
            router = router.route(path, mr);
        }
        (router, self.list)
    }
}

impl Default for Routes {
    fn default() -> Self {
        Self::new()
    }
}
