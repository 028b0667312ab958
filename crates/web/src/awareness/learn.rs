//! The learner's side: a personal link starts a session (once, before it expires);
//! a new link can be asked for with one's e-mail address (the answer is the same
//! whether the address is known or not); accounts with the same address see their
//! training when signed in. Module pages and quizzes work without JavaScript.

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header::SET_COOKIE};
use axum::response::Response;
use weerbaar_core::awareness::module::{Kind, Module, Question, score};
use weerbaar_core::awareness::progress::SESSION_DAYS;
use weerbaar_core::secret::{hash_token, random_token};
use weerbaar_store::awareness::staff::{self as db, Staff};
use weerbaar_store::awareness::{self as settings_db, training};

use super::service::{learners, library};
use crate::AppState;
use crate::context::RequestCtx;
use crate::error::{AppError, AppResult};
use crate::forms::{FormState, Pairs};
use crate::http::{clear_cookie, cookie, render, render_status, see_other, set_cookie};
use crate::i18n::Lang;
use crate::page::Page;

pub const LEARN_COOKIE: &str = "wb_learn";
/// A person may ask for a new link this often at most; more requests get the same answer.
const LINK_REQUEST_EVERY_MS: i64 = 2 * 60_000;

/// Who is learning: a learner session, else a signed-in account with the same address.
pub async fn learner(st: &AppState, ctx: &RequestCtx, headers: &HeaderMap) -> AppResult<Option<Staff>> {
    let mut c = st.store.conn().await?;
    if let Some(t) = cookie(headers, LEARN_COOKIE)
        && let Some(s) = db::session(&mut c, &hash_token(t), weerbaar_core::now_ms()).await?
    {
        return Ok(Some(s));
    }
    let Some(auth) = ctx.auth.as_ref().filter(|_| ctx.user().is_some()) else { return Ok(None) };
    let mut found = db::by_email(&mut c, &auth.user.email).await?;
    // Staff of several organisations: the active one first.
    found.sort_by_key(|s| auth.active_org.as_ref().map(|o| o.as_str()) != Some(s.org_id.as_str()));
    Ok(found.into_iter().next())
}

async fn required(st: &AppState, ctx: &RequestCtx, headers: &HeaderMap) -> AppResult<Result<Staff, Response>> {
    Ok(match learner(st, ctx, headers).await? {
        Some(s) => Ok(s),
        None => Err(see_other("/learn")),
    })
}

#[derive(Template)]
#[template(path = "awareness/link.html")]
struct LinkPage {
    page: Page,
    token: String,
    valid: bool,
    form: FormState,
}

pub(super) async fn link_page(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let mut c = st.store.conn().await?;
    let valid = db::link_usable(&mut c, &hash_token(&token), weerbaar_core::now_ms()).await?;
    let page =
        LinkPage { page: Page::anonymous(&ctx, "learn"), token, valid, form: FormState::new(ctx.lang).ids("link") };
    render_status(&page, if valid { StatusCode::OK } else { StatusCode::GONE })
}

/// Pressing "start" uses the link (a mail scanner that only fetches it does not).
pub(super) async fn use_link(
    State(st): State<AppState>,
    ctx: RequestCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let now = weerbaar_core::now_ms();
    let mut tx = st.store.begin().await?;
    let Some(s) = db::use_link(&mut tx, &hash_token(&token), now).await? else {
        tx.rollback().await?;
        let page = LinkPage {
            page: Page::anonymous(&ctx, "learn"),
            token,
            valid: false,
            form: FormState::new(ctx.lang).ids("link"),
        };
        return render_status(&page, StatusCode::GONE);
    };
    let session = random_token();
    let days = SESSION_DAYS * 86_400_000;
    db::create_session(&mut tx, &s, &hash_token(&session), now, now + days).await?;
    tx.commit().await?;
    let mut r = see_other("/learn");
    r.headers_mut().append(SET_COOKIE, set_cookie(LEARN_COOKIE, &session, Some(SESSION_DAYS * 86_400), st.cfg.tls()));
    Ok(r)
}

pub struct ModuleRow {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub minutes: u32,
    pub due_on: Option<String>,
    pub state: &'static str,
    pub score: Option<i64>,
}

#[derive(Template)]
#[template(path = "awareness/learn.html")]
struct Home {
    page: Page,
    name: Option<String>,
    assigned: Vec<ModuleRow>,
    others: Vec<ModuleRow>,
    form: FormState,
    sent: bool,
    is_manager: bool,
    via_cookie: bool,
}

fn rows(
    lang: Lang,
    modules: &[&Module],
    progress: &[training::Progress],
    due: &BTreeMap<String, String>,
) -> Vec<ModuleRow> {
    modules
        .iter()
        .filter_map(|m| {
            let t = m.text(lang.code())?;
            let p = progress.iter().find(|p| p.module == m.slug);
            Some(ModuleRow {
                slug: m.slug.clone(),
                title: t.title.clone(),
                summary: t.summary.clone(),
                minutes: m.minutes,
                due_on: due.get(&m.slug).cloned(),
                state: match p {
                    Some(p) if p.completed_at.is_some() => "completed",
                    Some(_) => "started",
                    None => "todo",
                },
                score: p.and_then(|p| p.best_score),
            })
        })
        .collect()
}

async fn home_view(
    st: &AppState,
    ctx: &RequestCtx,
    headers: &HeaderMap,
    form: FormState,
    sent: bool,
) -> AppResult<Home> {
    let lang = ctx.lang;
    let me = learner(st, ctx, headers).await?;
    let via_cookie = cookie(headers, LEARN_COOKIE).is_some() && me.is_some();
    let page = Page::public(ctx, "learn");
    let Some(me) = me else {
        return Ok(Home {
            page,
            name: None,
            assigned: vec![],
            others: vec![],
            form,
            sent,
            is_manager: false,
            via_cookie,
        });
    };
    let lib = library()?;
    let mut c = st.store.conn().await?;
    let progress = training::progress_of(&mut c, &me.id).await?;
    let org = weerbaar_core::OrgId::from_db(me.org_id.clone());
    let mut due: BTreeMap<String, String> = BTreeMap::new();
    for a in training::assignments(&mut c, &org).await? {
        if a.scope.covers(&me.email, &me.department) {
            let e = due.entry(a.module.clone()).or_insert(a.due_on.clone());
            if a.due_on < *e {
                *e = a.due_on.clone();
            }
        }
    }
    let visible = settings_db::settings(&mut c, &org).await?.manager_visibility;
    let is_manager =
        visible && db::list(&mut c, &org).await?.iter().any(|s| s.manager_email.as_deref() == Some(&me.email));
    drop(c);
    let (mine, rest): (Vec<&Module>, Vec<&Module>) = lib.modules.iter().partition(|m| due.contains_key(&m.slug));
    Ok(Home {
        page,
        name: Some(me.name.clone()),
        assigned: rows(lang, &mine, &progress, &due),
        others: rows(lang, &rest, &progress, &due),
        form,
        sent,
        is_manager,
        via_cookie,
    })
}

pub(super) async fn home(State(st): State<AppState>, ctx: RequestCtx, headers: HeaderMap) -> AppResult<Response> {
    let form = FormState::new(ctx.lang).ids("link");
    render(&home_view(&st, &ctx, &headers, form, false).await?)
}

/// Asks for a new link. The answer never says whether the address is known.
pub(super) async fn request_link(
    State(st): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    f: Pairs,
) -> AppResult<Response> {
    let email = match weerbaar_core::account::normalise_email("email", f.get("email")) {
        Ok(e) => e,
        Err(e) => {
            let form = f.shown(ctx.lang, &["email"]).with_errors(e.into()).ids("link");
            return render_status(
                &home_view(&st, &ctx, &headers, form, false).await?,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let now = weerbaar_core::now_ms();
    let mut tx = st.store.begin().await?;
    for s in db::by_email(&mut tx, &email).await? {
        if db::last_link_at(&mut tx, &s.id).await?.is_none_or(|at| now - at > LINK_REQUEST_EVERY_MS) {
            super::sender::mail_link(&mut tx, &st, &s, false, weerbaar_core::today()).await?;
        }
    }
    tx.commit().await?;
    st.jobs_notify.notify_one();
    let form = FormState::new(ctx.lang).ids("link");
    render(&home_view(&st, &ctx, &headers, form, true).await?)
}

pub(super) async fn sign_out(State(st): State<AppState>, headers: HeaderMap) -> AppResult<Response> {
    if let Some(t) = cookie(&headers, LEARN_COOKIE) {
        let mut c = st.store.conn().await?;
        db::end_session(&mut c, &hash_token(t)).await?;
    }
    let mut r = see_other("/learn");
    r.headers_mut().append(SET_COOKIE, clear_cookie(LEARN_COOKIE, st.cfg.tls()));
    Ok(r)
}

#[derive(Template)]
#[template(path = "awareness/module.html")]
struct ModulePage {
    page: Page,
    slug: String,
    title: String,
    heading: String,
    body: String,
    number: usize,
    count: usize,
}

fn module_of(slug: &str) -> AppResult<&'static Module> {
    library()?.module(slug).ok_or(AppError::NotFound)
}

pub(super) async fn module_page(
    State(st): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let m = module_of(&slug)?;
    let me = match required(&st, &ctx, &headers).await? {
        Ok(s) => s,
        Err(r) => return Ok(r),
    };
    let t = m.text(ctx.lang.code()).ok_or(AppError::NotFound)?;
    let n: usize = crate::context::form_urlencoded_value(raw.as_deref().unwrap_or("").as_bytes(), "page")
        .and_then(|p| p.parse().ok())
        .filter(|n| (1..=t.pages.len()).contains(n))
        .unwrap_or(1);
    let mut c = st.store.conn().await?;
    let who = training::Who { org: &me.org_id, staff_id: &me.id, department: &me.department };
    training::start(&mut c, who, &m.slug, &m.version, weerbaar_core::now_ms()).await?;
    drop(c);
    let p = &t.pages[n - 1];
    render(&ModulePage {
        page: Page::public(&ctx, "learn"),
        slug: m.slug.clone(),
        title: t.title.clone(),
        heading: p.heading.clone(),
        body: crate::catalogue::markdown_html(&p.body, &ctx.lang.t("cat-table")),
        number: n,
        count: t.pages.len(),
    })
}

pub struct QuestionView {
    pub id: String,
    pub text: String,
    pub multiple: bool,
    pub choices: Vec<ChoiceView>,
    pub error: Option<String>,
    /// After answering: whether the answer was right.
    pub right: Option<bool>,
}

pub struct ChoiceView {
    pub index: usize,
    pub text: String,
    pub chosen: bool,
    pub correct: bool,
    pub explanation: String,
}

#[derive(Template)]
#[template(path = "awareness/quiz.html")]
struct QuizPage {
    page: Page,
    slug: String,
    title: String,
    questions: Vec<QuestionView>,
    /// After answering: the score and whether it passed.
    result: Option<(u8, bool, u8)>,
    missing: usize,
}

fn views(qs: &[Question], given: &BTreeMap<String, BTreeSet<usize>>, answered: bool, lang: Lang) -> Vec<QuestionView> {
    qs.iter()
        .map(|q| {
            let mine = given.get(&q.id);
            let right = answered.then(|| {
                let want: BTreeSet<usize> =
                    q.answers.iter().enumerate().filter(|(_, a)| a.correct).map(|(i, _)| i).collect();
                mine == Some(&want)
            });
            QuestionView {
                id: q.id.clone(),
                text: q.text.clone(),
                multiple: q.kind == Kind::Multiple,
                choices: q
                    .answers
                    .iter()
                    .enumerate()
                    .map(|(i, a)| ChoiceView {
                        index: i,
                        text: a.text.clone(),
                        chosen: mine.is_some_and(|m| m.contains(&i)),
                        correct: a.correct,
                        explanation: a.explanation.clone(),
                    })
                    .collect(),
                error: (!answered && mine.is_none() && !given.is_empty()).then(|| lang.t("quiz-answer-missing")),
                right,
            }
        })
        .collect()
}

pub(super) async fn quiz(
    State(st): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let m = module_of(&slug)?;
    if let Err(r) = required(&st, &ctx, &headers).await? {
        return Ok(r);
    }
    let t = m.text(ctx.lang.code()).ok_or(AppError::NotFound)?;
    render(&QuizPage {
        page: Page::public(&ctx, "learn"),
        slug: m.slug.clone(),
        title: t.title.clone(),
        questions: views(m.questions(ctx.lang.code()), &BTreeMap::new(), false, ctx.lang),
        result: None,
        missing: 0,
    })
}

/// The answers of a quiz form: `q-<id>` holds the index of each chosen answer.
pub fn given(qs: &[Question], f: &Pairs) -> BTreeMap<String, BTreeSet<usize>> {
    qs.iter()
        .filter_map(|q| {
            let chosen: BTreeSet<usize> = f
                .all(&format!("q-{}", q.id))
                .iter()
                .filter_map(|v| v.parse().ok())
                .filter(|i| *i < q.answers.len())
                .collect();
            let ok = match q.kind {
                Kind::Single => chosen.len() == 1,
                Kind::Multiple => !chosen.is_empty(),
            };
            ok.then(|| (q.id.clone(), chosen))
        })
        .collect()
}

pub(super) async fn answer(
    State(st): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    Path(slug): Path<String>,
    f: Pairs,
) -> AppResult<Response> {
    let m = module_of(&slug)?;
    let me = match required(&st, &ctx, &headers).await? {
        Ok(s) => s,
        Err(r) => return Ok(r),
    };
    let lang = ctx.lang;
    let t = m.text(lang.code()).ok_or(AppError::NotFound)?;
    let qs = m.questions(lang.code());
    let g = given(qs, &f);
    let page = |questions, result, missing| QuizPage {
        page: Page::public(&ctx, "learn"),
        slug: m.slug.clone(),
        title: t.title.clone(),
        questions,
        result,
        missing,
    };
    if g.len() < qs.len() {
        // Every question needs an answer; nothing is recorded yet.
        let mut shown = views(qs, &g, false, lang);
        for q in &mut shown {
            if !g.contains_key(&q.id) {
                q.error = Some(lang.t("quiz-answer-missing"));
            }
        }
        return render_status(&page(shown, None, qs.len() - g.len()), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let s = score(qs, &g, m.pass_mark);
    let mut c = st.store.conn().await?;
    let who = training::Who { org: &me.org_id, staff_id: &me.id, department: &me.department };
    training::attempt(&mut c, who, &m.slug, &m.version, s.percent, s.passed, weerbaar_core::now_ms()).await?;
    drop(c);
    render(&page(views(qs, &g, true, lang), Some((s.percent, s.passed, m.pass_mark)), 0))
}

/// The certificate of a completed module, in the person's language.
pub(super) async fn certificate(
    State(st): State<AppState>,
    ctx: RequestCtx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let m = module_of(&slug)?;
    let me = match required(&st, &ctx, &headers).await? {
        Ok(s) => s,
        Err(r) => return Ok(r),
    };
    let mut c = st.store.conn().await?;
    let p = training::progress_of(&mut c, &me.id).await?.into_iter().find(|p| p.module == m.slug);
    let org = weerbaar_store::orgs::get(&mut c, &weerbaar_core::OrgId::from_db(me.org_id.clone()))
        .await?
        .ok_or(AppError::NotFound)?;
    drop(c);
    let Some((done, best)) = p.and_then(|p| p.completed_at.map(|d| (d, p.best_score.unwrap_or(0)))) else {
        return Err(AppError::NotFound);
    };
    let lang = Lang::parse(&me.lang).unwrap_or(Lang::DEFAULT);
    let title = m.text(lang.code()).map(|t| t.title.clone()).unwrap_or_default();
    let d = certificate_document(lang, &org.profile.name, &me.name, &title, m, lang.date(done), best);
    let file = format!("{}-{}.pdf", lang.t("certificate-file"), m.slug);
    crate::documents::download(&st, d, weerbaar_render::Format::Pdf, file).await
}

pub fn certificate_document(
    lang: Lang,
    org: &str,
    name: &str,
    title: &str,
    m: &Module,
    date: String,
    score: i64,
) -> weerbaar_render::Document {
    use weerbaar_render::doc::Block;
    let mut d = crate::findings::reports::base(lang, lang.t("certificate-title"), title.to_string(), org);
    d.classification = String::new();
    d.blocks = vec![
        Block::Paragraph { text: lang.t("certificate-intro") },
        Block::Heading { level: 1, text: name.to_string() },
        Block::Paragraph { text: lang.t1("certificate-completed", "module", title) },
        Block::Labelled { label: lang.t("certificate-date"), text: date },
        Block::Labelled { label: lang.t("certificate-score"), text: format!("{score} %") },
        Block::Labelled {
            label: lang.t("certificate-duration"),
            text: lang.t1("certificate-minutes", "minutes", m.minutes),
        },
        Block::Labelled { label: lang.t("certificate-version"), text: m.version.clone() },
    ];
    d
}

pub struct TeamRow {
    pub name: String,
    pub module: String,
    pub state: &'static str,
    pub score: Option<u8>,
}

#[derive(Template)]
#[template(path = "awareness/team.html")]
struct TeamPage {
    page: Page,
    rows: Vec<TeamRow>,
}

/// A manager's own staff and their results, only when the organisation turned it on.
pub(super) async fn team(State(st): State<AppState>, ctx: RequestCtx, headers: HeaderMap) -> AppResult<Response> {
    let me = match required(&st, &ctx, &headers).await? {
        Ok(s) => s,
        Err(r) => return Ok(r),
    };
    let org = weerbaar_core::OrgId::from_db(me.org_id.clone());
    let mut c = st.store.conn().await?;
    if !settings_db::settings(&mut c, &org).await?.manager_visibility {
        return Err(AppError::NotFound);
    }
    let people: BTreeMap<String, String> = db::list(&mut c, &org)
        .await?
        .into_iter()
        .filter(|s| s.active() && s.manager_email.as_deref() == Some(&me.email))
        .map(|s| (s.id, s.name))
        .collect();
    drop(c);
    let lib = library()?;
    let title = |slug: &str| {
        lib.module(slug).and_then(|m| m.text(ctx.lang.code())).map(|t| t.title.clone()).unwrap_or_default()
    };
    let mut rows: Vec<TeamRow> = learners(&st, &org, None, super::service::FollowUps::Exclude)
        .await?
        .into_iter()
        .filter_map(|(module, l)| {
            people.get(&l.person).map(|name| TeamRow {
                name: name.clone(),
                module: title(&module),
                state: if l.completed {
                    "completed"
                } else if l.started {
                    "started"
                } else {
                    "todo"
                },
                score: l.score,
            })
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name).then(a.module.cmp(&b.module)));
    render(&TeamPage { page: Page::public(&ctx, "learn"), rows })
}
