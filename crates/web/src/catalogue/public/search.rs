//! Toolkit search: the page, the results as you type, the "I am …" pages.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::Response;
use serde::Deserialize;
use weerbaar_core::catalogue::{Audience, ContentLang, Level, ResourceType, Topic};
use weerbaar_search::{Hit, Piece, Results};

use super::*;
use crate::http::render;
use crate::page::Page;

/// Search parameters as they come from a form or link; anything unknown is ignored.
#[derive(Debug, Default, Deserialize)]
pub struct SearchParams {
    pub q: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub audience: Option<String>,
    pub topic: Option<String>,
    pub level: Option<String>,
    pub lang: Option<String>,
    pub page: Option<String>,
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl SearchParams {
    /// The search to run; an unknown filter value is ignored (`lenient`) or an error.
    pub fn query(&self, ctx: &RequestCtx, lenient: bool) -> Result<weerbaar_search::Query, &'static str> {
        fn pick<T>(
            v: Option<&str>,
            parse: fn(&str) -> Option<T>,
            lenient: bool,
            what: &'static str,
        ) -> Result<Option<T>, &'static str> {
            match v {
                None => Ok(None),
                Some(s) => match parse(s) {
                    Some(t) => Ok(Some(t)),
                    None if lenient => Ok(None),
                    None => Err(what),
                },
            }
        }
        let page: usize = match non_empty(&self.page) {
            None => 1,
            Some(p) => match p.parse::<usize>() {
                Ok(n) if (1..=10_000).contains(&n) => n,
                _ if lenient => 1,
                _ => return Err("page"),
            },
        };
        Ok(weerbaar_search::Query {
            text: self.q.clone().unwrap_or_default(),
            lang: pick(non_empty(&self.lang), ContentLang::parse, lenient, "lang")?,
            ui: ctx.lang.content(),
            kind: pick(non_empty(&self.kind), ResourceType::parse, lenient, "type")?,
            audience: pick(non_empty(&self.audience), Audience::parse, lenient, "audience")?,
            topic: pick(non_empty(&self.topic), Topic::parse, lenient, "topic")?,
            level: pick(non_empty(&self.level), Level::parse, lenient, "level")?,
            orgs: viewer_orgs(ctx),
            offset: (page - 1) * PER_PAGE,
            limit: PER_PAGE,
        })
    }
}

pub struct HitView {
    pub href: String,
    pub title: String,
    pub summary: String,
    pub snippet: Vec<Piece>,
    /// Set when the text is in another language than the page.
    pub lang_attr: Option<&'static str>,
    pub kind: String,
    pub level: String,
    pub topics: Vec<String>,
    pub private: bool,
}

fn hit_view(lang: Lang, h: &Hit) -> HitView {
    let other = h.lang != lang.content();
    HitView {
        href: if other {
            format!("/toolkit/r/{}?lang={}", h.slug, h.lang.as_str())
        } else {
            format!("/toolkit/r/{}", h.slug)
        },
        title: h.title.clone(),
        summary: h.summary.clone(),
        snippet: h.snippet.clone(),
        lang_attr: other.then_some(h.lang.as_str()),
        kind: type_label(lang, h.kind),
        level: level_label(lang, h.level),
        topics: h.topics.iter().take(4).map(|t| topic_label(lang, *t)).collect(),
        private: h.owner.is_some(),
    }
}

pub struct FacetOption {
    pub value: &'static str,
    pub label: String,
    pub count: usize,
    pub selected: bool,
}

pub struct Facet {
    pub name: &'static str,
    pub label: String,
    pub all: String,
    pub options: Vec<FacetOption>,
}

fn facet<T: Copy + PartialEq>(
    name: &'static str,
    lang: Lang,
    counts: &[(T, usize)],
    selected: Option<T>,
    key: fn(T) -> &'static str,
    label: impl Fn(T) -> String,
) -> Facet {
    Facet {
        name,
        label: lang.t(&format!("cat-filter-{name}")),
        all: lang.t(&format!("cat-filter-{name}-all")),
        options: counts
            .iter()
            .filter(|(v, n)| *n > 0 || selected == Some(*v))
            .map(|(v, n)| FacetOption { value: key(*v), label: label(*v), count: *n, selected: selected == Some(*v) })
            .collect(),
    }
}

fn facets(lang: Lang, r: &Results, q: &weerbaar_search::Query) -> Vec<Facet> {
    vec![
        facet("type", lang, &r.facets.kinds, q.kind, ResourceType::as_str, |v| type_label(lang, v)),
        facet("audience", lang, &r.facets.audiences, q.audience, Audience::as_str, |v| audience_label(lang, v)),
        facet("topic", lang, &r.facets.topics, q.topic, Topic::as_str, |v| topic_label(lang, v)),
        facet("level", lang, &r.facets.levels, q.level, Level::as_str, |v| level_label(lang, v)),
        facet("lang", lang, &r.facets.langs, q.lang, ContentLang::as_str, |v| lang_label(lang, v)),
    ]
}

pub struct PageLink {
    pub href: String,
    pub number: usize,
    pub current: bool,
}

fn page_links(base: &str, total: usize, offset: usize) -> Vec<PageLink> {
    let pages = total.div_ceil(PER_PAGE).min(50);
    if pages <= 1 {
        return Vec::new();
    }
    let current = offset / PER_PAGE + 1;
    (1..=pages)
        .map(|n| PageLink {
            href: format!("{base}{}page={n}", if base.contains('?') { "&" } else { "?" }),
            number: n,
            current: n == current,
        })
        .collect()
}

/// The query string of a search without its page, for page links.
fn base_href(path: &str, p: &SearchParams) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in [
        ("q", &p.q),
        ("type", &p.kind),
        ("audience", &p.audience),
        ("topic", &p.topic),
        ("level", &p.level),
        ("lang", &p.lang),
    ] {
        if let Some(v) = non_empty(v) {
            s.append_pair(k, v);
        }
    }
    let qs = s.finish();
    if qs.is_empty() { path.to_string() } else { format!("{path}?{qs}") }
}

#[derive(Template)]
#[template(path = "catalogue/search.html")]
struct SearchPage {
    page: Page,
    heading: String,
    intro: String,
    action: String,
    q: String,
    /// A fixed audience (the "I am …" pages) is sent along as a hidden field.
    fixed_audience: Option<&'static str>,
    status: String,
    hits: Vec<HitView>,
    facets: Vec<Facet>,
    pages: Vec<PageLink>,
    audiences: Vec<(String, String)>,
    oob: bool,
}

impl SearchPage {
    /// Filters in use: then the filter box starts open.
    fn active_filters(&self) -> usize {
        self.facets.iter().filter(|f| f.options.iter().any(|o| o.selected)).count()
    }
}

#[derive(Template)]
#[template(path = "catalogue/search_fragment.html")]
struct SearchFragment {
    page: Page,
    status: String,
    hits: Vec<HitView>,
    facets: Vec<Facet>,
    pages: Vec<PageLink>,
    /// The filter counts are swapped in beside the results.
    oob: bool,
}

fn status_text(lang: Lang, r: &Results, q: &weerbaar_search::Query) -> String {
    if r.total == 0 {
        lang.t("cat-results-none")
    } else if r.partial && r.complete == 0 {
        lang.t_args("cat-results-partial", &[("count", r.total.to_string())])
    } else if r.partial {
        let rest = r.total - r.complete;
        lang.t_args("cat-results-some", &[("count", r.complete.to_string()), ("rest", rest.to_string())])
    } else if q.text.trim().is_empty() {
        lang.t_args("cat-results-all", &[("count", r.total.to_string())])
    } else {
        lang.t_args("cat-results-count", &[("count", r.total.to_string())])
    }
}

pub(super) fn audience_links(lang: Lang) -> Vec<(String, String)> {
    Audience::ALL
        .iter()
        .map(|a| (format!("/toolkit/for/{}", a.as_str()), lang.t(&format!("cat-iam-{}", a.as_str()))))
        .collect()
}

/// What differs between the search page and the "I am …" pages.
struct Frame {
    path: String,
    heading: String,
    intro: String,
    fixed_audience: Option<&'static str>,
}

async fn run_search(
    st: &AppState,
    ctx: RequestCtx,
    headers: &HeaderMap,
    params: SearchParams,
    frame: Frame,
) -> AppResult<Response> {
    let Frame { path, heading, intro, fixed_audience } = frame;
    let path = path.as_str();
    let l = readable(st, &ctx).await?;
    let lang = ctx.lang;
    let q = params.query(&ctx, true).map_err(|_| AppError::BadRequest("invalid_filter"))?;
    let r = l.index.search(&q);
    let hits: Vec<HitView> = r.hits.iter().map(|h| hit_view(lang, h)).collect();
    let status = status_text(lang, &r, &q);
    let mut facets = facets(lang, &r, &q);
    if fixed_audience.is_some() {
        facets.retain(|f| f.name != "audience");
    }
    let pages = page_links(&base_href(path, &params), r.total, q.offset);
    let page = Page::public(&ctx, "toolkit");
    // htmx asks for the results only while someone types.
    if headers.get("hx-request").is_some() && headers.get("hx-target").is_some_and(|v| v == "results") {
        let mut resp = render(&SearchFragment { page, status, hits, facets, pages, oob: true })?;
        resp.headers_mut().insert("vary", HeaderValue::from_static("HX-Request"));
        return Ok(resp);
    }
    render(&SearchPage {
        page,
        heading,
        intro,
        action: path.to_string(),
        q: params.q.clone().unwrap_or_default().chars().take(weerbaar_search::QUERY_MAX_CHARS).collect(),
        fixed_audience,
        status,
        hits,
        facets,
        pages,
        audiences: audience_links(lang),
        oob: false,
    })
}

pub(super) async fn search_page(
    State(st): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    Query(params): Query<SearchParams>,
) -> AppResult<Response> {
    let frame = Frame {
        path: "/toolkit".into(),
        heading: ctx.lang.t("cat-heading"),
        intro: ctx.lang.t("cat-intro"),
        fixed_audience: None,
    };
    run_search(&st, ctx, &headers, params, frame).await
}

pub(super) async fn audience_page(
    State(st): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    Path(audience): Path<String>,
    Query(mut params): Query<SearchParams>,
) -> AppResult<Response> {
    let a = Audience::parse(&audience).ok_or(AppError::NotFound)?;
    params.audience = Some(a.as_str().to_string());
    let frame = Frame {
        path: format!("/toolkit/for/{}", a.as_str()),
        heading: ctx.lang.t(&format!("cat-iam-{}", a.as_str())),
        intro: ctx.lang.t(&format!("cat-iam-{}-intro", a.as_str())),
        fixed_audience: Some(a.as_str()),
    };
    run_search(&st, ctx, &headers, params, frame).await
}
