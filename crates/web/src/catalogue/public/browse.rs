//! Topics and the start-here path of quick wins.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use weerbaar_core::catalogue::Published;

use super::*;
use crate::http::render;
use crate::page::Page;

pub struct TopicView {
    pub href: String,
    pub label: String,
    pub count: usize,
}

#[derive(Template)]
#[template(path = "catalogue/topics.html")]
struct TopicsPage {
    page: Page,
    topics: Vec<TopicView>,
    audiences: Vec<(String, String)>,
}

pub(super) async fn topics_page(State(st): State<AppState>, ctx: RequestCtx) -> AppResult<Response> {
    let l = readable(&st, &ctx).await?;
    let q = weerbaar_search::Query { ui: ctx.lang.content(), orgs: viewer_orgs(&ctx), limit: 0, ..Default::default() };
    let r = l.index.search(&q);
    let lang = ctx.lang;
    let mut topics: Vec<TopicView> = r
        .facets
        .topics
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(t, n)| TopicView {
            href: format!("/toolkit?topic={}", t.as_str()),
            label: topic_label(lang, *t),
            count: *n,
        })
        .collect();
    topics.sort_by_key(|t| t.label.to_lowercase());
    render(&TopicsPage { page: Page::public(&ctx, "toolkit"), topics, audiences: super::search::audience_links(lang) })
}

pub struct StepView {
    pub number: u8,
    pub href: String,
    pub title: String,
    pub summary: String,
    pub lang_attr: Option<&'static str>,
    pub effort: u32,
}

#[derive(Template)]
#[template(path = "catalogue/start.html")]
struct StartPage {
    page: Page,
    steps: Vec<StepView>,
}

/// The quick wins in order, as published.
pub fn quick_wins(l: &Loaded) -> Vec<Arc<Published>> {
    let mut v: Vec<Arc<Published>> =
        l.by_slug.values().filter(|p| p.owner.is_none() && p.meta.quick_win.is_some()).cloned().collect();
    v.sort_by_key(|p| p.meta.quick_win);
    v
}

pub(super) async fn start_page(State(st): State<AppState>, ctx: RequestCtx) -> AppResult<Response> {
    let l = readable(&st, &ctx).await?;
    let want = ctx.lang.content();
    let steps = quick_wins(&l)
        .iter()
        .filter_map(|p| {
            let (tl, t) = p.text(want)?;
            Some(StepView {
                number: p.meta.quick_win.unwrap_or(0),
                href: format!("/toolkit/r/{}", p.slug),
                title: t.title.clone(),
                summary: t.summary.clone(),
                lang_attr: (tl != want).then_some(tl.as_str()),
                effort: p.meta.effort_hours,
            })
        })
        .collect();
    render(&StartPage { page: Page::public(&ctx, "toolkit"), steps })
}
