//! Answering one section: every requirement of the section in the level on one form,
//! two maturity scores (or a result), not applicable with a reason, a comment, the
//! target, evidence links; evidence files; kept versions.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use weerbaar_core::assessment::answer::{Draft, Verdict};
use weerbaar_core::awareness::progress::{completion_rate, is_training_measure};
use weerbaar_core::validation::{FieldError, FieldErrors};
use weerbaar_store::assessments as db;

use super::pages::visible;
use super::service::{self, Item, Loaded, Saved};
use super::views;

use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::findings::finding::{EVIDENCE_MAX_BYTES, actor_of, evidence_type, read_file, safe_name};
use crate::forms::Pairs;
use crate::http::{internal, render, render_status, see_other_with_flash};
use crate::i18n::Lang;
use crate::page::{Member, OrgPermission, Page, Read};

/// A form sent back: what was typed, errors per requirement, requirements in conflict.
type Shown<'a> = (&'a Pairs, Vec<(String, FieldErrors)>, Vec<String>);

/// One requirement on the form, with what it shows and its field values.
pub struct Req {
    /// The node index: the field names' prefix.
    pub n: usize,
    pub id: String,
    pub title: String,
    pub key: bool,
    pub description: String,
    pub guidance: String,
    pub evidence_hint: String,
    pub draft: Draft,
    pub version: i64,
    pub errors: Vec<(String, String)>,
    pub files: Vec<db::FileInfo>,
    pub actions: Vec<String>,
}

impl Req {
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, m)| m.as_str())
    }
    pub fn has_evidence(&self, code: &str) -> bool {
        self.draft.evidence.iter().any(|e| e == code)
    }
    pub fn findings_text(&self) -> String {
        self.draft.evidence.iter().filter_map(|e| e.strip_prefix("finding:")).collect::<Vec<_>>().join("\n")
    }
}

#[derive(Template)]
#[template(path = "assessment/section.html")]
struct SectionPage {
    page: Page,
    assessment_id: String,
    assessment_title: String,
    section_id: String,
    section_title: String,
    reqs: Vec<Req>,
    scale: Vec<(String, String)>,
    verdicts: Vec<(String, String)>,
    scored: bool,
    resources: Vec<(String, String)>,
    has_plan: bool,
    editable: bool,
    general: Vec<String>,
    copyright: String,
    /// The training completion rate, shown as evidence under awareness measures.
    training: Option<String>,
}

fn scale_options(lang: Lang, l: &Loaded) -> Vec<(String, String)> {
    let Some(s) = &l.fw.scale else { return vec![] };
    let mut out = vec![(String::new(), lang.t("assessment-not-scored"))];
    for v in s.min..=s.max {
        let name = s.scores.iter().find(|x| x.score == v).map(|x| x.name.get(lang.code()).to_string());
        let name = name
            .filter(|n| !n.is_empty())
            .or_else(|| (s.min == 1 && s.max == 5).then(|| lang.t(&format!("assessment-score-{v}"))));
        out.push((
            v.to_string(),
            match name {
                Some(n) => format!("{v} – {n}"),
                None => v.to_string(),
            },
        ));
    }
    out
}

fn verdict_options(lang: Lang, scored: bool) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), lang.t("assessment-verdict-none"))];
    for v in Verdict::ALL.iter().filter(|v| !scored || **v == Verdict::NotApplicable) {
        out.push((v.as_str().to_string(), lang.t(&format!("assessment-verdict-{}", v.as_str().replace('_', "-")))));
    }
    out
}

/// The section's node index, if the caller may see it in this assessment.
fn section_index(l: &Loaded, scope: &weerbaar_core::assessment::access::Scope, section: &str) -> AppResult<usize> {
    let fw = &l.fw;
    fw.sections(l.level())
        .into_iter()
        .find(|i| fw.nodes[*i].id == section && scope.sees(section))
        .ok_or(AppError::NotFound)
}

async fn view<A: OrgPermission>(
    st: &AppState,
    m: &Member<A>,
    l: &Loaded,
    scope: &weerbaar_core::assessment::access::Scope,
    s: usize,
    shown: Option<Shown<'_>>,
) -> AppResult<SectionPage> {
    let lang = m.ctx.lang;
    let fw = &l.fw;
    let mut c = st.store.conn().await?;
    let files = db::files(&mut c, m.org_id(), &l.a.id).await?;
    let actions = db::actions(&mut c, m.org_id(), &l.a.id).await?;
    let adopted = weerbaar_store::adoption::list(&mut c, m.org_id()).await?;
    let mut resources = Vec::new();
    for r in adopted {
        let t = weerbaar_store::catalogue::title(&mut c, &r.resource_id, lang.code())
            .await?
            .unwrap_or_else(|| r.resource_id.clone());
        resources.push((r.resource_id, t));
    }
    let has_plan = weerbaar_store::bcp::header(&mut c, m.org_id()).await?.is_some_and(|h| h.approval.is_some());
    drop(c);
    let in_section = |i: usize| fw.section_of(i).unwrap_or(i) == s;
    let training = if fw.requirements(l.level()).any(|(i, n)| in_section(i) && is_training_measure(&n.csf)) {
        let figures = crate::awareness::service::progress(st, m.org_id(), None).await?;
        let people: usize = figures.iter().map(|f| f.assigned).sum();
        Some(match completion_rate(&figures) {
            Some(r) => {
                lang.t_args("assessment-training-rate", &[("rate", format!("{r:.0} %")), ("count", people.to_string())])
            }
            None => lang.t("assessment-training-none"),
        })
    } else {
        None
    };
    let mut general = Vec::new();
    let reqs = fw
        .requirements(l.level())
        .filter(|(i, _)| fw.section_of(*i).unwrap_or(*i) == s)
        .map(|(i, n)| {
            let stored = l.answers.get(&n.id);
            let (draft, version, errors) = match &shown {
                Some((f, errs, conflicts)) => {
                    let mut e: Vec<(String, String)> = errs
                        .iter()
                        .filter(|(r, _)| *r == n.id)
                        .flat_map(|(_, fe)| {
                            fe.iter().map(|x| (x.field.to_string(), lang.field_error(x))).collect::<Vec<_>>()
                        })
                        .collect();
                    if conflicts.contains(&n.id) {
                        e.push(("documentation".into(), lang.t("assessment-answer-conflict")));
                    }
                    let v = stored.map(|x| x.version).unwrap_or(0);
                    (
                        draft_of(f, i),
                        if conflicts.contains(&n.id) {
                            v
                        } else {
                            f.get(&format!("r{i}_version")).parse().unwrap_or(v)
                        },
                        e,
                    )
                }
                None => (
                    stored.map(|x| Draft::of(&x.answer)).unwrap_or_default(),
                    stored.map(|x| x.version).unwrap_or(0),
                    vec![],
                ),
            };
            for (_, m) in &errors {
                general.push(format!("{} {}: {m}", n.ref_id, n.title(lang.code())));
            }
            Req {
                n: i,
                id: n.id.clone(),
                title: views::node_title(fw, i, lang),
                key: n.key,
                description: n.description.get(lang.code()).to_string(),
                guidance: n.guidance.get(lang.code()).to_string(),
                evidence_hint: n.evidence.get(lang.code()).to_string(),
                draft,
                version,
                errors,
                files: files.iter().filter(|f| f.requirement == n.id).cloned().collect(),
                actions: actions.iter().filter(|(_, r)| *r == n.id).map(|(f, _)| f.clone()).collect(),
            }
        })
        .collect();
    Ok(SectionPage {
        page: m.page("assessments"),
        assessment_id: l.a.id.clone(),
        assessment_title: l.a.title.clone(),
        section_id: fw.nodes[s].id.clone(),
        section_title: views::node_title(fw, s, lang),
        reqs,
        scale: scale_options(lang, l),
        verdicts: verdict_options(lang, fw.scale.is_some()),
        scored: fw.scale.is_some(),
        resources,
        has_plan,
        editable: service::may_answer(scope, l, &fw.nodes[s].id),
        general,
        copyright: fw.copyright.clone(),
        training,
    })
}

/// The form's draft for requirement `i` (field names `r{i}_…`).
fn draft_of(f: &Pairs, i: usize) -> Draft {
    let g = |k: &str| f.get(&format!("r{i}_{k}")).to_string();
    let mut evidence = f.all(&format!("r{i}_evidence"));
    evidence.extend(g("findings").lines().map(str::trim).filter(|s| !s.is_empty()).map(|s| format!("finding:{s}")));
    Draft {
        documentation: g("documentation"),
        implementation: g("implementation"),
        verdict: g("verdict"),
        reason: g("reason"),
        comment: g("comment"),
        target: g("target"),
        evidence,
    }
}

pub(super) async fn page(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id, section)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let (l, scope) = visible(&st, &m, &id).await?;
    let s = section_index(&l, &scope, &section)?;
    render(&view(&st, &m, &l, &scope, s, None).await?)
}

pub(super) async fn save(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id, section)): Path<(String, String, String)>,
    f: Pairs,
) -> AppResult<Response> {
    let (l, scope) = visible(&st, &m, &id).await?;
    let s = section_index(&l, &scope, &section)?;
    let fw = &l.fw;
    let items: Vec<Item> = fw
        .requirements(l.level())
        .filter(|(i, _)| fw.section_of(*i).unwrap_or(*i) == s)
        .filter(|(i, _)| !f.get(&format!("r{i}_id")).is_empty())
        .map(|(i, n)| Item {
            requirement: n.id.clone(),
            draft: draft_of(&f, i),
            version: f.get(&format!("r{i}_version")).parse().unwrap_or(-1),
        })
        .collect();
    // A form made for another version of the framework: its fields name other requirements.
    if fw
        .requirements(l.level())
        .any(|(i, n)| !f.get(&format!("r{i}_id")).is_empty() && f.get(&format!("r{i}_id")) != n.id)
    {
        return Err(AppError::Conflict);
    }
    let back = format!("/o/{}/assessments/{}/sections/{}", m.org.id, id, crate::page::urlencode(&section));
    match service::save_answers(&st, m.org_id(), &actor_of(&m), &l, &scope, &items).await? {
        Saved::Done(_) => Ok(see_other_with_flash(&back, "flash-saved", st.cfg.tls())),
        Saved::Invalid(errs) => render_status(
            &view(&st, &m, &l, &scope, s, Some((&f, errs, vec![]))).await?,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Saved::Conflict(reqs) => {
            let fresh = service::load(&st, m.org_id(), &id).await?;
            render_status(&view(&st, &m, &fresh, &scope, s, Some((&f, vec![], reqs))).await?, StatusCode::CONFLICT)
        }
        Saved::Locked => Err(AppError::Conflict),
        Saved::NotYours => Err(AppError::NotFound),
    }
}

pub(super) async fn upload(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id, section)): Path<(String, String, String)>,
    mp: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> AppResult<Response> {
    let (l, scope) = visible(&st, &m, &id).await?;
    let s = section_index(&l, &scope, &section)?;
    if !service::may_answer(&scope, &l, &section) {
        return Err(AppError::Forbidden);
    }
    let mut mp = mp.map_err(|_| AppError::BadRequest("bad_request"))?;
    let _place = st.uploads.acquire().await.map_err(internal)?;
    let (fields, file) = read_file(&mut mp, "file", EVIDENCE_MAX_BYTES).await;
    let requirement = fields.iter().find(|(k, _)| k == "requirement").map(|(_, v)| v.clone()).unwrap_or_default();
    let fw = &l.fw;
    let in_section =
        fw.index_of(&requirement).is_some_and(|i| fw.nodes[i].assessable && fw.section_of(i).unwrap_or(i) == s);
    let checked = file.and_then(|(name, b)| evidence_type(&b).map(|t| (name, b, t)).ok_or("error-evidence-type"));
    let (name, bytes, kind) = match (in_section, checked) {
        (true, Ok(v)) => v,
        (false, _) => return Err(AppError::NotFound),
        (true, Err(code)) => {
            let mut p = view(&st, &m, &l, &scope, s, None).await?;
            p.general.push(
                m.ctx.lang.field_error(&FieldError::new("file", code).arg("max", EVIDENCE_MAX_BYTES / 1024 / 1024)),
            );
            return render_status(&p, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let name = safe_name(&name);
    let actor = actor_of(&m);
    let mut tx = st.store.begin().await?;
    db::add_file(&mut tx, m.org_id(), &id, &requirement, &name, kind, &bytes, &actor.label).await?;
    crate::findings::service::log(
        &mut tx,
        m.org_id(),
        &actor,
        weerbaar_core::audit::AuditAction::AssessmentEvidenceAdded,
        &l.a.title,
        None::<&()>,
        Some(&serde_json::json!({"requirement": requirement, "file": name})),
    )
    .await?;
    tx.commit().await?;
    let back = format!("/o/{}/assessments/{}/sections/{}", m.org.id, id, crate::page::urlencode(&section));
    Ok(see_other_with_flash(&back, "flash-evidence-added", st.cfg.tls()))
}

pub(super) async fn download(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id, file)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let (l, scope) = visible(&st, &m, &id).await?;
    let mut c = st.store.conn().await?;
    let (info, bytes) = db::file(&mut c, m.org_id(), &id, &file).await?.ok_or(AppError::NotFound)?;
    let fw = &l.fw;
    let section =
        fw.index_of(&info.requirement).map(|i| fw.nodes[fw.section_of(i).unwrap_or(i)].id.clone()).unwrap_or_default();
    if !scope.sees(&section) {
        return Err(AppError::NotFound);
    }
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, info.content_type),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", safe_name(&info.name))),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "assessment/version.html")]
struct VersionPage {
    page: Page,
    assessment_id: String,
    title: String,
    label: String,
    status: String,
    at: i64,
    actor: String,
    rows: Vec<(String, String, String, String)>,
}

/// A kept version, read-only: the answers as they were submitted or approved.
pub(super) async fn version(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((_, id, vid)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let (l, scope) = visible(&st, &m, &id).await?;
    if !scope.sees_all() {
        return Err(AppError::NotFound);
    }
    let mut c = st.store.conn().await?;
    let v = db::versions(&mut c, m.org_id(), &id).await?.into_iter().find(|v| v.id == vid).ok_or(AppError::NotFound)?;
    let snap: serde_json::Value = serde_json::from_str(&v.snapshot).map_err(internal)?;
    let answers: std::collections::HashMap<String, weerbaar_core::assessment::answer::Answer> =
        serde_json::from_value(snap["answers"].clone()).map_err(internal)?;
    let fw = &l.fw;
    let n = |v: Option<u8>| v.map(|x| x.to_string()).unwrap_or_else(|| "–".into());
    let mut ids: Vec<&String> = answers.keys().collect();
    ids.sort_by_key(|k| fw.index_of(k).unwrap_or(usize::MAX));
    let rows = ids
        .into_iter()
        .map(|k| {
            let a = &answers[k];
            let title = fw.index_of(k).map(|i| views::node_title(fw, i, lang)).unwrap_or_else(|| k.clone());
            let verdict = a
                .verdict
                .map(|v| lang.t(&format!("assessment-verdict-{}", v.as_str().replace('_', "-"))))
                .unwrap_or_default();
            (title, n(a.documentation), n(a.implementation), format!("{verdict} {}", a.comment).trim().to_string())
        })
        .collect();
    render(&VersionPage {
        page: m.page("assessments"),
        assessment_id: id,
        title: l.a.title.clone(),
        label: v.label,
        status: super::pages::status_label(
            lang,
            weerbaar_core::bcp::model::PlanStatus::parse(&v.status)
                .unwrap_or(weerbaar_core::bcp::model::PlanStatus::Draft),
        ),
        at: v.created_at,
        actor: v.actor,
        rows,
    })
}
