//! The toolkit as everyone reads it: search with filters, a resource, its files, topics,
//! "I am …" entry points, the start-here path and the Atom feed.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use weerbaar_core::catalogue::{Audience, ContentLang, Level, Published, ResourceType, Topic};
use weerbaar_search::{Hit, Piece, Results};

use super::*;
use crate::http::render;
use crate::page::Page;

pub const PER_PAGE: usize = 20;

pub fn routes() -> Routes {
    Routes::new()
        .get("/toolkit", search_page)
        .get("/toolkit/topics", topics_page)
        .get("/toolkit/start", start_page)
        .get("/toolkit/for/{audience}", audience_page)
        .get("/toolkit/feed/{lang}", feed)
        .get("/toolkit/r/{slug}", resource_page)
        .get("/toolkit/r/{slug}/files/{name}", attachment)
        .get("/toolkit/r/{slug}/download/{format}", download)
}

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
    } else if r.partial {
        lang.t_args("cat-results-partial", &[("count", r.total.to_string())])
    } else if q.text.trim().is_empty() {
        lang.t_args("cat-results-all", &[("count", r.total.to_string())])
    } else {
        lang.t_args("cat-results-count", &[("count", r.total.to_string())])
    }
}

fn audience_links(lang: Lang) -> Vec<(String, String)> {
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
    let page = Page::anonymous(&ctx, "toolkit");
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

async fn search_page(
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

async fn audience_page(
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

async fn topics_page(State(st): State<AppState>, ctx: RequestCtx) -> AppResult<Response> {
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
    render(&TopicsPage { page: Page::anonymous(&ctx, "toolkit"), topics, audiences: audience_links(lang) })
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

async fn start_page(State(st): State<AppState>, ctx: RequestCtx) -> AppResult<Response> {
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
    render(&StartPage { page: Page::anonymous(&ctx, "toolkit"), steps })
}

pub struct RelatedView {
    pub href: String,
    pub title: String,
    pub lang_attr: Option<&'static str>,
}

pub struct AttachmentView {
    pub href: String,
    pub name: String,
    pub size: String,
}

pub struct LangLink {
    pub href: String,
    pub label: String,
    pub tag: &'static str,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "catalogue/resource.html")]
struct ResourcePage {
    page: Page,
    /// The text as a document: (link, format label).
    downloads: Vec<(String, String)>,
    /// The language of the text, when it is not the page's.
    lang_attr: Option<&'static str>,
    title: String,
    summary: String,
    why: String,
    body: String,
    kind: String,
    audiences: Vec<String>,
    topics: Vec<(String, String)>,
    level: String,
    effort: u32,
    licence: String,
    source_organisation: Option<String>,
    original_url: Option<String>,
    version: String,
    last_reviewed: String,
    next_review: String,
    published: String,
    attachments: Vec<AttachmentView>,
    related: Vec<RelatedView>,
    langs: Vec<LangLink>,
    private: bool,
    adoption: Option<super::adoption::AdoptionBlock>,
    /// Uploaded videos (src, content type) with their caption tracks (src, language).
    videos: Vec<(String, &'static str)>,
    tracks: Vec<(String, String, String)>,
    video_url: Option<String>,
    transcript: String,
    /// For the owning organisation's editors.
    edit_href: Option<String>,
    delete_action: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct LangParam {
    pub lang: Option<String>,
}

pub fn human_size(lang: Lang, bytes: i64) -> String {
    if bytes < 1024 {
        lang.t_args("cat-size-bytes", &[("n", bytes.to_string())])
    } else if bytes < 1024 * 1024 {
        lang.t_args("cat-size-kb", &[("n", (bytes / 1024).to_string())])
    } else {
        let tenths = bytes * 10 / (1024 * 1024);
        lang.t_args("cat-size-mb", &[("n", format!("{}.{}", tenths / 10, tenths % 10))])
    }
}

/// A published resource this person may read.
pub async fn find(st: &AppState, ctx: &RequestCtx, slug: &str) -> AppResult<(Arc<Loaded>, Arc<Published>)> {
    let l = st.catalogue.current(st).await?;
    let p = l.by_slug.get(slug).cloned().ok_or(AppError::NotFound)?;
    may_read(&l, ctx, &p)?;
    Ok((l, p))
}

/// A resource as a document to print (PDF, A4) or to fill in (DOCX, ODT): leaflets,
/// templates, checklists and every other text.
async fn download(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path((slug, format)): Path<(String, String)>,
    Query(lp): Query<LangParam>,
) -> AppResult<Response> {
    use weerbaar_render::{Block, Document, Format, file_stem};
    let format = Format::parse(&format).ok_or(AppError::BadRequest("unknown_format"))?;
    let (_, p) = find(&st, &ctx, &slug).await?;
    let lang = ctx.lang;
    let want = lp.lang.as_deref().and_then(ContentLang::parse).unwrap_or(lang.content());
    let (tl, t) = p.text(want).ok_or(AppError::NotFound)?;
    // The document's own labels in the text's language.
    let dl = crate::i18n::Lang::parse(tl.as_str()).unwrap_or(lang);
    let m = &p.meta;
    let mut blocks = Vec::new();
    if !t.why.trim().is_empty() {
        blocks.push(Block::Note { text: format!("{}: {}", dl.t("cat-why"), t.why.trim()) });
    }
    blocks.extend(weerbaar_render::markdown_in::blocks(&t.body, 1));
    let mut source = format!("{}: {}", dl.t("cat-licence"), m.licence);
    if let Some(o) = &m.source_organisation {
        source.push_str(&format!(" · {}: {o}", dl.t("cat-source")));
        if let Some(u) = &m.original_url {
            source.push_str(&format!(" ({u})"));
        }
    }
    blocks.push(Block::Paragraph { text: source });
    let d = Document {
        lang: tl.as_str().to_string(),
        title: t.title.clone(),
        subtitle: t.summary.clone(),
        organisation: dl.t("doc-toolkit"),
        version: format!("{} {}", dl.t("cat-version"), m.version),
        classification: type_label(dl, m.kind),
        date: dl.day(m.last_reviewed),
        cover: Vec::new(),
        toc_title: None,
        page_label: dl.t("doc-page"),
        compact: false,
        logo: None,
        blocks,
    };
    let name = format!("{}-{}.{}", file_stem(&p.slug), tl.as_str(), format.ext());
    crate::documents::download(&st, d, format, name).await
}

async fn resource_page(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path(slug): Path<String>,
    Query(lp): Query<LangParam>,
) -> AppResult<Response> {
    let (l, p) = find(&st, &ctx, &slug).await?;
    let lang = ctx.lang;
    let want = lp.lang.as_deref().and_then(ContentLang::parse).unwrap_or(lang.content());
    let (tl, t) = p.text(want).ok_or(AppError::NotFound)?;
    let m = &p.meta;
    let related = m
        .related
        .iter()
        .filter_map(|s| l.by_slug.get(s))
        .filter(|r| may_read(&l, &ctx, r).is_ok())
        .filter_map(|r| {
            let (rl, rt) = r.text(tl)?;
            Some(RelatedView {
                href: format!("/toolkit/r/{}", r.slug),
                title: rt.title.clone(),
                lang_attr: (rl != lang.content()).then_some(rl.as_str()),
            })
        })
        .collect();
    let langs = p
        .texts
        .keys()
        .map(|k| LangLink {
            href: format!("/toolkit/r/{}?lang={}", p.slug, k.as_str()),
            label: lang_label(lang, *k),
            tag: k.as_str(),
            current: *k == tl,
        })
        .collect();
    let page = Page::anonymous(&ctx, "toolkit");
    let mut adoption = None;
    let (mut edit_href, mut delete_action) = (None, None);
    if let Some((org, name, can_edit)) = super::adoption::reader_org(&ctx)
        && p.owner.as_deref().is_none_or(|o| o == org.as_str())
    {
        let mut c = st.store.conn().await?;
        let rec = weerbaar_store::adoption::get(&mut c, &org, &p.id).await?;
        adoption = Some(super::adoption::block(&page, (&org, &name), &p, rec.as_ref(), can_edit));
        if can_edit && p.owner.is_some() {
            edit_href = Some(format!("/o/{org}/toolkit/r/{}/edit", p.slug));
            delete_action = Some(format!("/o/{org}/toolkit/r/{}/delete", p.slug));
        }
    }
    if p.owner.is_none() && ctx.user().is_some_and(|u| weerbaar_core::catalogue::workflow::may_edit(u.platform)) {
        edit_href = Some(format!("/toolkit/edit/{}", p.slug));
    }
    let file_href = |name: &str| format!("/toolkit/r/{}/files/{}", p.slug, crate::page::urlencode(name));
    let videos = p
        .attachments
        .iter()
        .filter(|a| content_type_of(&a.name).starts_with("video/"))
        .map(|a| (file_href(&a.name), content_type_of(&a.name)))
        .collect();
    // Captions named like "uitleg.nl.vtt" carry their language; others are the text's.
    let tracks = p
        .attachments
        .iter()
        .filter(|a| a.name.to_ascii_lowercase().ends_with(".vtt"))
        .map(|a| {
            let l = a.name.rsplit('.').nth(1).and_then(ContentLang::parse).unwrap_or(tl);
            (file_href(&a.name), l.as_str().to_string(), lang_label(lang, l))
        })
        .collect();
    render(&ResourcePage {
        videos,
        tracks,
        video_url: m.video_url.clone().filter(|u| u.starts_with("https://")),
        transcript: t.transcript.clone(),
        adoption,
        edit_href,
        delete_action,
        lang_attr: (tl != lang.content()).then_some(tl.as_str()),
        title: t.title.clone(),
        summary: t.summary.clone(),
        why: t.why.clone(),
        body: markdown_html(&t.body, &lang.t("cat-table")),
        kind: type_label(lang, m.kind),
        audiences: m.audiences.iter().map(|a| audience_label(lang, *a)).collect(),
        topics: m.topics.iter().map(|x| (format!("/toolkit?topic={}", x.as_str()), topic_label(lang, *x))).collect(),
        level: level_label(lang, m.level),
        effort: m.effort_hours,
        licence: m.licence.clone(),
        source_organisation: m.source_organisation.clone(),
        original_url: m.original_url.clone().filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        version: m.version.clone(),
        last_reviewed: page.day(&m.last_reviewed),
        next_review: page.day(&m.next_review),
        published: page.date(&p.published_at),
        attachments: p
            .attachments
            .iter()
            .map(|a| AttachmentView {
                href: format!("/toolkit/r/{}/files/{}", p.slug, crate::page::urlencode(&a.name)),
                name: a.name.clone(),
                size: human_size(lang, a.size),
            })
            .collect(),
        related,
        langs,
        downloads: ["pdf", "docx", "odt"]
            .iter()
            .map(|f| (format!("/toolkit/r/{}/download/{f}?lang={}", p.slug, tl.as_str()), f.to_uppercase()))
            .collect(),
        private: p.owner.is_some(),
        page,
    })
}

/// The content type of an attachment, by its extension.
pub fn content_type_of(name: &str) -> &'static str {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt" => "application/vnd.oasis.opendocument.text",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ods" => "application/vnd.oasis.opendocument.spreadsheet",
        "md" => "text/markdown; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "vtt" => "text/vtt; charset=utf-8",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        _ => "application/octet-stream",
    }
}

/// `attachment; filename=…` with a plain fallback and the UTF-8 name (RFC 6266).
pub fn disposition(name: &str, inline: bool) -> HeaderValue {
    let plain: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || ".-_".contains(c) { c } else { '_' }).collect();
    let kind = if inline { "inline" } else { "attachment" };
    HeaderValue::from_str(&format!(
        "{kind}; filename=\"{plain}\"; filename*=UTF-8''{}",
        crate::page::urlencode(name).replace('+', "%20")
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

async fn attachment(
    State(st): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    Path((slug, name)): Path<(String, String)>,
) -> AppResult<Response> {
    let (_, p) = find(&st, &ctx, &slug).await?;
    if !p.attachments.iter().any(|a| a.name == name) {
        return Err(AppError::NotFound);
    }
    let mut c = st.store.conn().await?;
    let data = db::attachment(&mut c, &p.id, &name).await?.ok_or(AppError::NotFound)?;
    drop(c);
    let ct = content_type_of(&name);
    let media = ct.starts_with("video/") || ct.starts_with("text/vtt");
    let mut resp = crate::catalogue::public::ranged(&headers, data, ct);
    resp.headers_mut().insert(CONTENT_DISPOSITION, disposition(&name, media));
    resp.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("private, max-age=300"));
    Ok(resp)
}

/// A whole body, or the part a `Range: bytes=…` header asks for (video players seek).
pub fn ranged(headers: &HeaderMap, data: Vec<u8>, ct: &'static str) -> Response {
    use axum::http::StatusCode;
    let len = data.len() as u64;
    let range = headers.get("range").and_then(|v| v.to_str().ok()).map(weerbaar_core::range::parse);
    let mut resp = match range {
        None | Some(weerbaar_core::range::Range::Ignore) => (StatusCode::OK, data).into_response(),
        Some(r) => match r.resolve(len) {
            Some((start, end)) => {
                let body = data[start as usize..=end as usize].to_vec();
                let mut resp = (StatusCode::PARTIAL_CONTENT, body).into_response();
                if let Ok(v) = HeaderValue::from_str(&format!("bytes {start}-{end}/{len}")) {
                    resp.headers_mut().insert("content-range", v);
                }
                resp
            }
            None => {
                let mut resp = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
                if let Ok(v) = HeaderValue::from_str(&format!("bytes */{len}")) {
                    resp.headers_mut().insert("content-range", v);
                }
                // A plain response so the error page middleware leaves it alone.
                resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
                return resp;
            }
        },
    };
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(ct));
    resp.headers_mut().insert("accept-ranges", HeaderValue::from_static("bytes"));
    resp
}

/// An Atom feed of the newest published toolkit resources in one language.
async fn feed(State(st): State<AppState>, ctx: RequestCtx, Path(lang): Path<String>) -> AppResult<Response> {
    let want = ContentLang::parse(lang.trim_end_matches(".atom")).ok_or(AppError::NotFound)?;
    let l = readable(&st, &ctx).await?;
    let mut items: Vec<&Arc<Published>> =
        l.by_slug.values().filter(|p| p.owner.is_none() && p.texts.contains_key(&want)).collect();
    items.sort_by(|a, b| b.published_at.cmp(&a.published_at).then_with(|| a.slug.cmp(&b.slug)));
    items.truncate(50);
    let base = &st.cfg.public_url;
    let ui = match want {
        ContentLang::Nl => Lang::Nl,
        ContentLang::En => Lang::En,
        ContentLang::Fr => Lang::Fr,
    };
    let updated = items.first().map(|p| p.published_at).unwrap_or(0);
    let mut x = String::with_capacity(4096 + items.len() * 600);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"");
    x.push_str(want.as_str());
    x.push_str("\">\n");
    let tag = |x: &mut String, name: &str, text: &str| {
        x.push_str(&format!("<{name}>{}</{name}>\n", xml_escape(text)));
    };
    tag(&mut x, "title", &ui.t("cat-feed-title"));
    tag(&mut x, "id", &format!("{base}/toolkit/feed/{}", want.as_str()));
    tag(&mut x, "updated", &crate::api::ts(updated));
    x.push_str(&format!(
        "<link rel=\"self\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml_escape(&format!("{base}/toolkit/feed/{}", want.as_str())),
        xml_escape(&format!("{base}/toolkit"))
    ));
    x.push_str("<author><name>Weerbaar</name></author>\n");
    for p in items {
        let Some(t) = p.texts.get(&want) else { continue };
        let href = format!("{base}/toolkit/r/{}?lang={}", p.slug, want.as_str());
        x.push_str("<entry>\n");
        tag(&mut x, "title", &t.title);
        tag(&mut x, "id", &format!("{base}/toolkit/r/{}#{}", p.slug, p.meta.version));
        tag(&mut x, "updated", &crate::api::ts(p.published_at));
        x.push_str(&format!("<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", xml_escape(&href)));
        tag(&mut x, "summary", &t.summary);
        for topic in &p.meta.topics {
            x.push_str(&format!(
                "<category term=\"{}\" label=\"{}\"/>\n",
                topic.as_str(),
                xml_escape(&topic_label(ui, *topic))
            ));
        }
        x.push_str("</entry>\n");
    }
    x.push_str("</feed>\n");
    Ok(([(CONTENT_TYPE, "application/atom+xml; charset=utf-8")], x).into_response())
}

pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}
