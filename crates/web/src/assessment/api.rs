//! The self-assessment through the API: the framework library, assessments with their
//! roll-up, answers one requirement at a time, exports and the umbrella comparison.
//! Every write goes through `service`, the same operations the pages use.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use weerbaar_core::assessment::access::Scope;
use weerbaar_core::assessment::answer::Draft;
use weerbaar_core::assessment::rollup::{Score, roll_up};
use weerbaar_core::assessment::{FILE_MAX_BYTES, Format};
use weerbaar_store::assessments::{self as db, frameworks};

use super::benchmark::{Aggregate, Which, aggregate};
use super::library::{actor_of_admin, problem_text};
use super::pages::visible;
use super::service::{self, Item, Loaded, Saved};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::findings::finding::actor_of;
use crate::json::{ErrorDto, validation_error};
use crate::page::{Edit, Member, PlatformAdmin, Read, SignedIn};

#[derive(Serialize, ToSchema)]
pub struct FrameworkDto {
    pub id: String,
    pub ref_id: String,
    pub name: String,
    pub version: String,
    /// Nodes of the tree, and how many of them are assessed.
    pub requirements: i64,
    pub assessable: i64,
    pub levels: Vec<String>,
    pub copyright: String,
    pub shipped: bool,
}

impl FrameworkDto {
    fn of(s: &frameworks::Summary) -> FrameworkDto {
        FrameworkDto {
            id: s.id.clone(),
            ref_id: s.ref_id.clone(),
            name: s.name.clone(),
            version: s.version.clone(),
            requirements: s.requirements,
            assessable: s.assessable,
            levels: s.level_ids(),
            copyright: s.copyright.clone(),
            shipped: s.shipped,
        }
    }
}

#[utoipa::path(get, path = "/api/v1/frameworks", tag = "assessment",
    responses((status = 200, body = [FrameworkDto])))]
/// The framework library.
pub(super) async fn list_frameworks(State(st): State<AppState>, _me: SignedIn) -> AppResult<Json<Vec<FrameworkDto>>> {
    let mut c = st.store.conn().await?;
    Ok(Json(frameworks::list(&mut c).await?.iter().map(FrameworkDto::of).collect()))
}

#[derive(Serialize, ToSchema)]
pub struct ProblemDto {
    #[serde(rename = "where")]
    pub at: String,
    pub message: String,
}

#[derive(Serialize, ToSchema)]
pub struct ProblemsDto {
    pub problems: Vec<ProblemDto>,
}

pub(super) struct FormatQuery {
    format: String,
}

#[utoipa::path(post, path = "/api/v1/frameworks", tag = "assessment",
    params(("format" = String, Query, description = "ciso-assistant-yaml or oscal-catalog")),
    request_body(content = String, content_type = "application/octet-stream", description = "The library or catalog file as it is"),
    responses((status = 201, body = FrameworkDto), (status = 400, body = ProblemsDto, description = "The file is unusable; nothing changed"),
        (status = 403, body = ErrorDto, description = "Platform administrators only")))]
/// Imports a framework (platform administrators); a newer version of a known one replaces it.
pub(super) async fn import_framework(
    State(st): State<AppState>,
    a: PlatformAdmin,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> AppResult<Response> {
    let lang = a.0.ctx.lang;
    let q = FormatQuery {
        format: crate::context::form_urlencoded_value(raw.as_deref().unwrap_or("").as_bytes(), "format")
            .unwrap_or_default(),
    };
    let bad = |p: Vec<ProblemDto>| (StatusCode::BAD_REQUEST, Json(ProblemsDto { problems: p })).into_response();
    let Some(format) = Format::parse(q.format.trim()) else {
        return Ok(bad(vec![ProblemDto { at: "format".into(), message: lang.t("error-choose-option") }]));
    };
    Ok(match service::import_framework(&st.store, &actor_of_admin(&a), format, &body).await? {
        Ok(i) => (StatusCode::CREATED, Json(FrameworkDto::of(&i.summary))).into_response(),
        Err(p) => bad(p.iter().map(|x| ProblemDto { at: x.place.clone(), message: problem_text(lang, x) }).collect()),
    })
}

pub const IMPORT_LIMIT: usize = FILE_MAX_BYTES;

#[derive(Serialize, ToSchema)]
pub struct ScoreDto {
    pub value: Option<f64>,
    pub documentation: Option<f64>,
    pub implementation: Option<f64>,
    pub answered: usize,
    pub total: usize,
    pub not_applicable: usize,
    pub gaps: usize,
}

impl From<Score> for ScoreDto {
    fn from(s: Score) -> ScoreDto {
        ScoreDto {
            value: s.value,
            documentation: s.documentation,
            implementation: s.implementation,
            answered: s.answered,
            total: s.total,
            not_applicable: s.not_applicable,
            gaps: s.gaps,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct NodeDto {
    pub ref_id: String,
    pub name: String,
    pub parent: Option<String>,
    pub assessable: bool,
    pub key: bool,
    pub target: Option<u8>,
    pub score: ScoreDto,
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct AnswerDto {
    /// The version the answer was read at; 0 for a requirement not answered before.
    #[serde(deserialize_with = "crate::json::version")]
    pub version: i64,
    #[serde(deserialize_with = "crate::json::opt_integer")]
    pub documentation: Option<i64>,
    #[serde(deserialize_with = "crate::json::opt_integer")]
    pub implementation: Option<i64>,
    /// compliant, partly, not_compliant, not_applicable (frameworks with scores: only
    /// not_applicable) or null.
    #[serde(deserialize_with = "crate::json::null_empty")]
    pub result: String,
    #[serde(deserialize_with = "crate::json::null_empty")]
    pub reason: String,
    #[serde(deserialize_with = "crate::json::null_empty")]
    pub comment: String,
    #[serde(deserialize_with = "crate::json::opt_integer")]
    pub target: Option<i64>,
    /// `plan`, `resource:<slug>` (an adopted toolkit resource) or `finding:<id>`.
    pub evidence: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct AnsweredDto {
    pub ref_id: String,
    #[serde(flatten)]
    pub answer: AnswerDto,
}

impl AnswerDto {
    fn draft(&self) -> Draft {
        let n = |v: Option<i64>| v.map(|x| x.to_string()).unwrap_or_default();
        Draft {
            documentation: n(self.documentation),
            implementation: n(self.implementation),
            verdict: self.result.clone(),
            reason: self.reason.clone(),
            comment: self.comment.clone(),
            target: n(self.target),
            evidence: self.evidence.clone(),
        }
    }
    fn of(s: &db::Stored) -> AnswerDto {
        let a = &s.answer;
        AnswerDto {
            version: s.version,
            documentation: a.documentation.map(i64::from),
            implementation: a.implementation.map(i64::from),
            result: a.verdict.map(|v| v.as_str().to_string()).unwrap_or_default(),
            reason: a.reason.clone(),
            comment: a.comment.clone(),
            target: a.target.map(i64::from),
            evidence: a.evidence.iter().map(|e| e.code()).collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct AssessmentDto {
    pub id: String,
    pub title: String,
    pub framework: String,
    pub framework_name: String,
    pub framework_version: String,
    pub copyright: String,
    pub level: Option<String>,
    pub status: String,
    pub version_label: String,
    pub version: i64,
    /// Null for a respondent, who sees only their sections.
    pub total: Option<ScoreDto>,
    pub nodes: Vec<NodeDto>,
    pub answers: Vec<AnsweredDto>,
}

fn dto(l: &Loaded, scope: &Scope, lang: crate::i18n::Lang) -> AssessmentDto {
    let fw = &l.fw;
    let r = roll_up(fw, l.level(), l.plain());
    let sections = fw.sections(l.level());
    let visible_section = |s: usize| scope.sees(&fw.nodes[s].id);
    let shown = |i: usize| {
        if scope.sees_all() {
            return r.of(i).total > 0;
        }
        // A respondent: their sections, and the requirements in them.
        sections.iter().any(|s| {
            visible_section(*s) && (*s == i || (fw.nodes[i].assessable && fw.section_of(i).unwrap_or(i) == *s))
        })
    };
    let nodes = fw
        .nodes
        .iter()
        .enumerate()
        .filter(|(i, _)| shown(*i))
        .map(|(i, n)| NodeDto {
            ref_id: n.id.clone(),
            name: n.title(lang.code()),
            parent: n.parent.map(|p| fw.nodes[p].id.clone()),
            assessable: n.assessable,
            key: n.key,
            target: fw.target_of(n),
            score: r.of(i).into(),
        })
        .collect::<Vec<_>>();
    let mut answers: Vec<AnsweredDto> = l
        .answers
        .iter()
        .filter(|(k, _)| {
            fw.index_of(k).is_some_and(|i| fw.nodes[i].assessable && fw.nodes[i].in_level(l.level()) && shown(i))
        })
        .map(|(k, s)| AnsweredDto { ref_id: k.clone(), answer: AnswerDto::of(s) })
        .collect();
    answers.sort_by_key(|a| fw.index_of(&a.ref_id));
    AssessmentDto {
        id: l.a.id.clone(),
        title: l.a.title.clone(),
        framework: l.a.framework_id.clone(),
        framework_name: fw.name.get(lang.code()).to_string(),
        framework_version: fw.version.clone(),
        copyright: fw.copyright.clone(),
        level: l.a.level.clone(),
        status: l.a.status.as_str().into(),
        version_label: l.a.version_label.clone(),
        version: l.a.version,
        total: scope.sees_all().then(|| r.total.into()),
        nodes,
        answers,
    }
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct StartDto {
    pub framework: String,
    /// The level (implementation group) id, or null for a framework without levels.
    #[serde(deserialize_with = "crate::json::null_empty")]
    pub level: String,
    pub title: String,
    /// Start from the answers of the latest assessment of the same framework.
    pub from_last: bool,
}

#[derive(Serialize, ToSchema)]
pub struct AssessmentItemDto {
    pub id: String,
    pub title: String,
    pub framework: String,
    pub level: Option<String>,
    pub status: String,
    pub version_label: String,
}

#[utoipa::path(get, path = "/api/v1/organisations/{org}/assessments", tag = "assessment",
    params(("org" = String, Path, description = "Organisation id")),
    responses((status = 200, body = [AssessmentItemDto])))]
/// The organisation's assessments (a respondent: those with their sections).
pub(super) async fn list_assessments(
    State(st): State<AppState>,
    m: Member<Read>,
) -> AppResult<Json<Vec<AssessmentItemDto>>> {
    let mut c = st.store.conn().await?;
    let mut list = db::list(&mut c, m.org_id()).await?;
    if m.role < weerbaar_core::role::OrgRole::Editor {
        let mine = db::assigned_to(&mut c, m.org_id(), m.user.id.as_str()).await?;
        list.retain(|a| mine.contains(&a.id));
    }
    Ok(Json(
        list.into_iter()
            .map(|a| AssessmentItemDto {
                status: a.status.as_str().into(),
                id: a.id,
                title: a.title,
                framework: a.framework_id,
                level: a.level,
                version_label: a.version_label,
            })
            .collect(),
    ))
}

#[utoipa::path(post, path = "/api/v1/organisations/{org}/assessments", tag = "assessment",
    params(("org" = String, Path, description = "Organisation id")),
    request_body = StartDto,
    responses((status = 201, body = AssessmentDto), (status = 422, body = ErrorDto, description = "Unknown framework or level")))]
/// Starts an assessment of a framework at a level.
pub(super) async fn create_assessment(
    State(st): State<AppState>,
    m: Member<Edit>,
    json: Result<Json<StartDto>, JsonRejection>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let b = crate::json::body(lang, json)?;
    let default_title = lang.t1("assessment-default-title", "date", lang.day(weerbaar_core::today()));
    match service::start(&st, m.org_id(), &actor_of(&m), &b.framework, &b.level, &b.title, b.from_last, &default_title)
        .await?
    {
        Ok(a) => {
            let l = service::load(&st, m.org_id(), &a.id).await?;
            Ok((StatusCode::CREATED, Json(dto(&l, &Scope::All, lang))).into_response())
        }
        Err(e) => Ok(validation_error(lang, &e)),
    }
}

#[utoipa::path(get, path = "/api/v1/assessments/{assessment}", tag = "assessment",
    params(("assessment" = String, Path, description = "Assessment id")),
    responses((status = 200, body = AssessmentDto)))]
/// One assessment with the roll-up per node and the total, and its answers.
pub(super) async fn get_assessment(
    State(st): State<AppState>,
    m: Member<Read>,
    Path(id): Path<String>,
) -> AppResult<Json<AssessmentDto>> {
    let (l, scope) = visible(&st, &m, &id).await?;
    Ok(Json(dto(&l, &scope, m.ctx.lang)))
}

#[utoipa::path(put, path = "/api/v1/assessments/{assessment}/answers/{ref_id}", tag = "assessment",
    params(("assessment" = String, Path, description = "Assessment id"), ("ref_id" = String, Path, description = "The requirement's id")),
    request_body = AnswerDto,
    responses((status = 200, body = AssessmentDto), (status = 409, body = ErrorDto, description = "Changed by someone else, or the assessment is submitted"),
        (status = 422, body = ErrorDto)))]
/// Answers one requirement.
pub(super) async fn put_answer(
    State(st): State<AppState>,
    m: Member<Read>,
    Path((id, req)): Path<(String, String)>,
    json: Result<Json<AnswerDto>, JsonRejection>,
) -> AppResult<Response> {
    let lang = m.ctx.lang;
    let b = crate::json::body(lang, json)?;
    let (l, scope) = visible(&st, &m, &id).await?;
    let items = [Item { requirement: req.clone(), draft: b.draft(), version: b.version }];
    match service::save_answers(&st, m.org_id(), &actor_of(&m), &l, &scope, &items).await? {
        Saved::Done(_) => {
            let l = service::load(&st, m.org_id(), &id).await?;
            Ok(Json(dto(&l, &scope, lang)).into_response())
        }
        Saved::Invalid(mut e) => Ok(validation_error(lang, &e.pop().map(|x| x.1).unwrap_or_default())),
        Saved::Conflict(_) => {
            let current = l.answers.get(&req).map(AnswerDto::of);
            crate::findings::api::conflict(lang, current)
        }
        Saved::Locked => Err(AppError::Conflict),
        Saved::NotYours => Err(AppError::NotFound),
    }
}

#[utoipa::path(get, path = "/api/v1/assessments/{assessment}/export", tag = "assessment",
    params(("assessment" = String, Path, description = "Assessment id"),
        ("format" = String, Query, description = "oscal, csv, pdf, docx or odt (the last three: the council report)")),
    responses((status = 200, description = "The file", content_type = "application/octet-stream"), (status = 404, body = ErrorDto, description = "Unknown assessment or format")))]
/// An export of the assessment.
pub(super) async fn export(
    State(st): State<AppState>,
    m: Member<Read>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> AppResult<Response> {
    let format =
        crate::context::form_urlencoded_value(raw.as_deref().unwrap_or("").as_bytes(), "format").unwrap_or_default();
    super::report::export(&st, &m, &id, &format).await
}

#[utoipa::path(get, path = "/api/v1/organisations/{org}/benchmark", tag = "assessment",
    params(("org" = String, Path, description = "The umbrella organisation's id"),
        ("framework" = String, Query, description = "Framework id"),
        ("level" = Option<String>, Query, description = "Level id")),
    responses((status = 200, body = Aggregate), (status = 404, body = ErrorDto, description = "Not an umbrella organisation, or an unknown framework")))]
/// Anonymous aggregates over the organisations that share with this umbrella
/// organisation; a figure over fewer than 5 organisations is `{"withheld": true}`.
pub(super) async fn benchmark(
    State(st): State<AppState>,
    m: Member<Read>,
    RawQuery(raw): RawQuery,
) -> AppResult<Json<Aggregate>> {
    let w = Which::from_raw(raw.as_deref());
    if m.org.profile.kind != weerbaar_core::org::OrgKind::Umbrella {
        return Err(AppError::NotFound);
    }
    let level = (!w.level.is_empty()).then_some(w.level.as_str());
    Ok(Json(aggregate(&st, m.org_id(), &w.framework, level, m.ctx.lang).await?))
}

#[derive(utoipa::OpenApi)]
#[openapi(
    paths(
        list_frameworks,
        import_framework,
        list_assessments,
        create_assessment,
        get_assessment,
        put_answer,
        export,
        benchmark
    ),
    components(schemas(
        FrameworkDto,
        ProblemsDto,
        ProblemDto,
        ScoreDto,
        NodeDto,
        AnswerDto,
        AnsweredDto,
        AssessmentDto,
        StartDto,
        AssessmentItemDto,
        Aggregate,
        super::benchmark::ThemeFigure
    ))
)]
pub struct AssessmentApiDoc;
