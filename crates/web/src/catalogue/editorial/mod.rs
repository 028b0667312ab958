//! The taskforce's side of the toolkit: drafts, review, sounding-board evaluation,
//! publication with a change note, comments at each step, every version kept and
//! compared, files (videos with captions), and shipped releases of locally edited
//! resources waiting for a decision.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::catalogue::Status;
use weerbaar_core::catalogue::diff::diff;
use weerbaar_core::catalogue::edit::{self, Form};
use weerbaar_core::catalogue::workflow::{self, Transition, WorkflowError};
use weerbaar_core::validation::{FieldError, FieldErrors};
use weerbaar_store::audit;
use weerbaar_store::editorial::{self, Working};

use super::editor::{EditorPage, Pairs, blank, state_of, theirs};
use super::*;
use crate::forms::FormState;
use crate::http::{render, render_status, see_other, see_other_with_flash};
use crate::page::{Page, SignedIn, ToolkitEditor, ToolkitReader};

mod files;
mod updates;
mod versions;

use files::*;
use updates::*;
use versions::*;

pub fn routes() -> Routes {
    Routes::new()
        .get("/toolkit/edit", list)
        .get("/toolkit/edit/new", new_page)
        .post("/toolkit/edit/new", create)
        .get("/toolkit/edit/{slug}", detail)
        .get("/toolkit/edit/{slug}/edit", edit_page)
        .post("/toolkit/edit/{slug}/edit", update)
        .post("/toolkit/edit/{slug}/step", step)
        .post("/toolkit/edit/{slug}/comment", comment)
        .get("/toolkit/edit/{slug}/versions/{version}", version_page)
        .get("/toolkit/edit/{slug}/diff", diff_page)
        .get("/toolkit/edit/{slug}/update", update_page)
        .post("/toolkit/edit/{slug}/update", update_choice)
        .post_large("/toolkit/edit/{slug}/files", upload_file, UPLOAD_BODY_MAX)
        .get("/toolkit/edit/{slug}/files/{name}", working_file)
        .post("/toolkit/edit/{slug}/files/{name}/delete", delete_file)
}

pub fn status_label(lang: Lang, s: Status) -> String {
    lang.t(&format!("cat-status-{}", s.as_str()))
}

fn step_label(lang: Lang, t: Transition) -> String {
    lang.t(&format!("cat-step-{}", t.key()))
}

/// Appends a platform-level audit entry (toolkit work belongs to no organisation).
async fn log(
    db: &mut impl weerbaar_store::db::Db,
    s: &SignedIn,
    action: AuditAction,
    target: &str,
    after: Option<serde_json::Value>,
) -> AppResult<()> {
    audit::append(
        db,
        &NewAuditEntry::new(action, Some(s.user.id.clone()), s.user.email.clone())
            .target(target)
            .change(None, after)
            .ip(s.ctx.ip.clone()),
    )
    .await?;
    Ok(())
}

pub struct LineView {
    pub href: String,
    pub title: String,
    pub status: String,
    pub update_waiting: bool,
    pub overdue: bool,
    pub withdrawn: bool,
}

#[derive(Template)]
#[template(path = "catalogue/editorial_list.html")]
struct ListPage {
    page: Page,
    lines: Vec<LineView>,
    can_edit: bool,
    counts: Vec<(String, usize)>,
    broken: Vec<super::links::BrokenView>,
    overdue: usize,
}

async fn list(State(st): State<AppState>, r: ToolkitReader) -> AppResult<Response> {
    let s = r.0;
    let lang = s.ctx.lang;
    let mut c = st.store.conn().await?;
    let lines = editorial::toolkit_lines(&mut c, lang.content()).await?;
    let today = weerbaar_core::today().to_string();
    let counts = Status::ALL
        .iter()
        .map(|st| (status_label(lang, *st), lines.iter().filter(|l| l.status == *st).count()))
        .collect();
    let lines: Vec<LineView> = lines
        .into_iter()
        .map(|l| LineView {
            href: format!("/toolkit/edit/{}", l.slug),
            title: l.title,
            status: status_label(lang, l.status),
            update_waiting: l.update_waiting,
            overdue: l.status == Status::Published && l.next_review.as_deref().is_some_and(|d| d < today.as_str()),
            withdrawn: l.withdrawn,
        })
        .collect();
    let l = st.catalogue.current(&st).await?;
    let broken = super::links::broken(&st, &l, lang).await?;
    let page = s.page(&st, "toolkit").await?;
    let overdue = lines.iter().filter(|l| l.overdue).count();
    render(&ListPage { page, lines, can_edit: workflow::may_edit(s.user.platform), counts, broken, overdue })
}

fn known_public(l: &Loaded) -> impl Fn(&str) -> bool {
    let slugs: Vec<String> = l.by_slug.values().filter(|p| p.owner.is_none()).map(|p| p.slug.clone()).collect();
    move |s| slugs.iter().any(|x| x == s)
}

async fn editor_page(
    st: &AppState,
    s: &SignedIn,
    form: &Form,
    errors: FieldErrors,
    slug: Option<&str>,
    version: i64,
) -> AppResult<EditorPage> {
    let page = s.page(st, "toolkit").await?;
    let lang = s.ctx.lang;
    let (heading, action, cancel) = match slug {
        None => (lang.t("cat-new"), "/toolkit/edit/new".to_string(), "/toolkit/edit".to_string()),
        Some(x) => (lang.t("cat-edit-heading"), format!("/toolkit/edit/{x}/edit"), format!("/toolkit/edit/{x}")),
    };
    Ok(EditorPage::new(page, heading, action, cancel, state_of(lang, form, errors), version, true))
}

async fn new_page(State(st): State<AppState>, e: ToolkitEditor) -> AppResult<Response> {
    render(&editor_page(&st, &e.0, &blank(), FieldErrors::new(), None, 0).await?)
}

async fn create(State(st): State<AppState>, e: ToolkitEditor, form: Pairs) -> AppResult<Response> {
    let s = e.0;
    let l = st.catalogue.current(&st).await?;
    let f = form.editor_form();
    let checked = match edit::check(&f, weerbaar_core::today(), known_public(&l)) {
        Ok(c) => c,
        Err(errs) => {
            return render_status(&editor_page(&st, &s, &f, errs, None, 0).await?, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let title = checked.texts.values().next().map(|t| t.title.clone()).unwrap_or_default();
    let mut tx = st.store.begin().await?;
    let slug = editorial::create(&mut tx, None, &edit::slugify(&title), &checked, &s.user.name).await?;
    log(&mut tx, &s, AuditAction::ToolkitResourceCreated, &slug, None).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/toolkit/edit/{slug}"), "flash-saved", st.cfg.tls()))
}

/// A toolkit resource (not an organisation's private one) by slug.
async fn working(st: &AppState, slug: &str) -> AppResult<Working> {
    let mut c = st.store.conn().await?;
    let w = editorial::get(&mut c, slug).await?.ok_or(AppError::NotFound)?;
    if w.owner.is_some() {
        return Err(AppError::NotFound);
    }
    Ok(w)
}

pub struct CommentView {
    pub who: String,
    pub when: String,
    pub stage: String,
    pub body: String,
}

pub struct VersionView {
    pub href: String,
    pub diff_href: Option<String>,
    pub label: String,
    pub note: String,
    pub by: String,
    pub when: String,
}

pub struct StepView {
    pub key: &'static str,
    pub label: String,
    pub needs_note: bool,
    pub danger: bool,
}

pub struct FileView {
    pub href: String,
    pub delete: String,
    pub name: String,
    pub size: String,
}

#[derive(Template)]
#[template(path = "catalogue/editorial_detail.html")]
struct DetailPage {
    page: Page,
    slug: String,
    title: String,
    status: String,
    version: i64,
    steps: Vec<StepView>,
    comments: Vec<CommentView>,
    versions: Vec<VersionView>,
    files: Vec<FileView>,
    update_waiting: bool,
    changed_since_published: bool,
    can_edit: bool,
    form: FormState,
    upload_form: FormState,
    public_href: Option<String>,
    body: String,
    lang_attr: Option<&'static str>,
}

async fn detail_view(
    st: &AppState,
    s: &SignedIn,
    w: &Working,
    form: FormState,
    upload_form: FormState,
) -> AppResult<DetailPage> {
    let lang = s.ctx.lang;
    let page = s.page(st, "toolkit").await?;
    let mut c = st.store.conn().await?;
    let comments = editorial::comments(&mut c, &w.id).await?;
    let versions = editorial::versions(&mut c, &w.id).await?;
    let update_waiting = editorial::update_waiting(&mut c, &w.id).await?.is_some();
    drop(c);
    let (tl, t) = w
        .texts
        .get(&lang.content())
        .map(|t| (lang.content(), t))
        .or_else(|| w.texts.iter().next().map(|(l, t)| (*l, t)))
        .ok_or(AppError::NotFound)?;
    let changed = versions.first().is_none_or(|v| !diff(&v.document, &w.document()).is_empty());
    let can_edit = workflow::may_edit(s.user.platform);
    Ok(DetailPage {
        slug: w.slug.clone(),
        title: t.title.clone(),
        status: status_label(lang, w.status),
        version: w.version,
        steps: workflow::available(w.status, s.user.platform)
            .into_iter()
            .map(|t| StepView {
                key: t.key(),
                label: step_label(lang, t),
                needs_note: t == Transition::Publish,
                danger: matches!(t, Transition::Archive | Transition::SendBack),
            })
            .collect(),
        comments: comments
            .into_iter()
            .map(|c| CommentView {
                who: c.author_name,
                when: page.datetime(&c.created_at),
                stage: Status::parse(&c.stage).map(|s| status_label(lang, s)).unwrap_or(c.stage),
                body: c.body,
            })
            .collect(),
        versions: versions
            .iter()
            .enumerate()
            .map(|(i, v)| VersionView {
                href: format!("/toolkit/edit/{}/versions/{}", w.slug, v.id),
                diff_href: versions
                    .get(i + 1)
                    .map(|prev| format!("/toolkit/edit/{}/diff?from={}&to={}", w.slug, prev.id, v.id)),
                label: v.label.clone(),
                note: v.change_note.clone(),
                by: v.published_by.clone(),
                when: page.datetime(&v.published_at),
            })
            .collect(),
        files: w
            .attachments
            .iter()
            .map(|a| FileView {
                href: format!("/toolkit/edit/{}/files/{}", w.slug, crate::page::urlencode(&a.name)),
                delete: format!("/toolkit/edit/{}/files/{}/delete", w.slug, crate::page::urlencode(&a.name)),
                name: a.name.clone(),
                size: super::public::human_size(lang, a.size),
            })
            .collect(),
        update_waiting,
        changed_since_published: changed && !versions.is_empty(),
        can_edit,
        form,
        upload_form,
        public_href: (!versions.is_empty() && !w.withdrawn).then(|| format!("/toolkit/r/{}", w.slug)),
        body: markdown_html(&t.body, &lang.t("cat-table")),
        lang_attr: (tl != lang.content()).then_some(tl.as_str()),
        page,
    })
}

async fn detail(State(st): State<AppState>, r: ToolkitReader, Path(slug): Path<String>) -> AppResult<Response> {
    let w = working(&st, &slug).await?;
    let lang = r.0.ctx.lang;
    render(&detail_view(&st, &r.0, &w, FormState::new(lang), FormState::new(lang)).await?)
}

async fn edit_page(State(st): State<AppState>, e: ToolkitEditor, Path(slug): Path<String>) -> AppResult<Response> {
    let w = working(&st, &slug).await?;
    let f = edit::form_of(&w.meta, &w.texts, &w.transcripts, w.video_url.as_deref());
    render(&editor_page(&st, &e.0, &f, FieldErrors::new(), Some(&slug), w.version).await?)
}

async fn update(
    State(st): State<AppState>,
    e: ToolkitEditor,
    Path(slug): Path<String>,
    form: Pairs,
) -> AppResult<Response> {
    let s = e.0;
    let w = working(&st, &slug).await?;
    let l = st.catalogue.current(&st).await?;
    let f = form.editor_form();
    let mut checked = match edit::check(&f, weerbaar_core::today(), known_public(&l)) {
        Ok(c) => c,
        Err(errs) => {
            let p = editor_page(&st, &s, &f, errs, Some(&slug), form.version()).await?;
            return render_status(&p, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    // The quick-win place is kept by the editor; it is not on the form.
    checked.meta.quick_win = w.meta.quick_win;
    let mut tx = st.store.begin().await?;
    match editorial::update(&mut tx, &w, &checked, form.version()).await {
        Ok(()) => {}
        Err(weerbaar_store::StoreError::Conflict) => {
            let now = editorial::get(&mut tx, &slug).await?.ok_or(AppError::NotFound)?;
            let mut p = editor_page(&st, &s, &f, FieldErrors::new(), Some(&slug), now.version).await?;
            p.conflict = true;
            p.theirs = theirs(s.ctx.lang, &now);
            return render_status(&p, StatusCode::CONFLICT);
        }
        Err(e) => return Err(e.into()),
    }
    log(&mut tx, &s, AuditAction::ToolkitResourceUpdated, &slug, None).await?;
    tx.commit().await?;
    Ok(see_other_with_flash(&format!("/toolkit/edit/{slug}"), "flash-saved", st.cfg.tls()))
}

async fn step(
    State(st): State<AppState>,
    e: ToolkitEditor,
    Path(slug): Path<String>,
    form: Pairs,
) -> AppResult<Response> {
    let s = e.0;
    let w = working(&st, &slug).await?;
    let lang = s.ctx.lang;
    let note = form.get("change_note").trim().to_string();
    let text = form.get("comment").trim().to_string();
    let mut errs = FieldErrors::new();
    let t = Transition::parse(form.get("step"));
    let to = match t {
        None => Err(WorkflowError::WrongStage),
        Some(t) => workflow::apply(w.status, t, s.user.platform, &note),
    };
    if note.chars().count() > 2_000 {
        errs.push(FieldError::new("change_note", "error-too-long").arg("max", 2_000));
    }
    if text.chars().count() > 4_000 {
        errs.push(FieldError::new("comment", "error-too-long").arg("max", 4_000));
    }
    let to = match to {
        Ok(to) if errs.is_empty() => to,
        other => {
            if let Err(we) = other {
                let (field, code) = match we {
                    WorkflowError::ChangeNoteMissing => ("change_note", "error-required"),
                    WorkflowError::NotAllowed => ("step", "error-step-not-allowed"),
                    WorkflowError::WrongStage => ("step", "error-step-wrong-stage"),
                };
                errs.push(FieldError::new(field, code));
            }
            let mut f = FormState::new(lang).with_errors(errs);
            f.set("comment", text);
            f.set("change_note", note);
            let p = detail_view(&st, &s, &w, f, FormState::new(lang)).await?;
            return render_status(&p, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let mut tx = st.store.begin().await?;
    if form.version() != w.version {
        return Err(AppError::Conflict);
    }
    if !text.is_empty() {
        editorial::add_comment(&mut tx, &w.id, w.status, (Some(s.user.id.as_str()), &s.user.name), &text).await?;
    }
    if to == Status::Published {
        editorial::snapshot(&mut tx, &w.id, &note, &s.user.name).await?;
    } else {
        match editorial::set_status(&mut tx, &w.id, to, w.version).await {
            Err(weerbaar_store::StoreError::Conflict) => return Err(AppError::Conflict),
            other => other?,
        }
    }
    log(
        &mut tx,
        &s,
        AuditAction::ToolkitStageChanged,
        &slug,
        Some(serde_json::json!({"from": w.status.as_str(), "to": to.as_str(), "change_note": note})),
    )
    .await?;
    tx.commit().await?;
    st.catalogue.changed();
    Ok(see_other_with_flash(&format!("/toolkit/edit/{slug}"), "flash-saved", st.cfg.tls()))
}

async fn comment(
    State(st): State<AppState>,
    r: ToolkitReader,
    Path(slug): Path<String>,
    form: Pairs,
) -> AppResult<Response> {
    let s = r.0;
    let w = working(&st, &slug).await?;
    let text = form.get("comment").trim().to_string();
    if text.is_empty() || text.chars().count() > 4_000 {
        let code = if text.is_empty() { "error-required" } else { "error-too-long" };
        let mut f = FormState::new(s.ctx.lang).with_errors(FieldError::new("comment", code).arg("max", 4_000).into());
        f.set("comment", text);
        let p = detail_view(&st, &s, &w, f, FormState::new(s.ctx.lang)).await?;
        return render_status(&p, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let mut tx = st.store.begin().await?;
    editorial::add_comment(&mut tx, &w.id, w.status, (Some(s.user.id.as_str()), &s.user.name), &text).await?;
    tx.commit().await?;
    Ok(see_other(&format!("/toolkit/edit/{slug}#comments")))
}
