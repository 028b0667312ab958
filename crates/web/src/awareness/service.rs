//! Awareness operations shared by the pages, the API and the CLI: the staff list and
//! its import, assignments, the figures per department and the settings. Each checks
//! with the rules in `core::awareness`, writes in one transaction with its audit entry.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use jiff::civil::Date;
use weerbaar_core::OrgId;
use weerbaar_core::audit::AuditAction;
use weerbaar_core::awareness::module::Module;
use weerbaar_core::awareness::progress::{self, DepartmentFigure, Learner, NewAssignment};
use weerbaar_core::awareness::staff::{self as rules, Draft, LineProblem, Unreadable};
use weerbaar_core::awareness::template::Template;
use weerbaar_core::validation::{FieldError, FieldErrors};
use weerbaar_store::StoreError;
use weerbaar_store::awareness::{self as db, Settings, staff, training};

use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::findings::service::{Actor, log};

/// The shipped modules and templates, read once per process.
pub struct Library {
    pub modules: Vec<Module>,
    pub templates: Vec<Template>,
}

impl Library {
    pub fn module(&self, slug: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.slug == slug)
    }
    pub fn template(&self, slug: &str) -> Option<&Template> {
        self.templates.iter().find(|t| t.slug == slug)
    }
    pub fn module_slugs(&self) -> Vec<&str> {
        self.modules.iter().map(|m| m.slug.as_str()).collect()
    }
    pub fn template_slugs(&self) -> Vec<&str> {
        self.templates.iter().map(|t| t.slug.as_str()).collect()
    }
}

/// The module people who clicked in a campaign are given.
pub const PHISHING_MODULE: &str = "phishing-recognise-report";

pub fn library() -> AppResult<&'static Library> {
    static LIB: OnceLock<Result<Library, String>> = OnceLock::new();
    LIB.get_or_init(|| {
        let modules = weerbaar_content::training_modules().map_err(|e| format!("training modules: {e:?}"))?;
        let templates = weerbaar_content::phishing_templates().map_err(|e| format!("phishing templates: {e:?}"))?;
        Ok(Library { modules, templates })
    })
    .as_ref()
    .map_err(|e| AppError::Internal(e.clone()))
}

/// What an import did (or, as a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub created: usize,
    pub updated: usize,
    pub left: usize,
    pub unchanged: usize,
    pub leavers_skipped: bool,
    pub problems: Vec<LineProblem>,
}

/// Reads a staff list and, unless `dry_run`, applies it: new addresses are added, known
/// ones updated, and with `mark_leavers` people missing from the file are marked as left.
/// Lines with problems change nothing; the others are applied.
pub async fn import_staff(
    store: &weerbaar_store::Store,
    org: &OrgId,
    actor: &Actor,
    bytes: &[u8],
    mark_leavers: bool,
    dry_run: bool,
) -> AppResult<Result<ImportSummary, Unreadable>> {
    let parsed = match rules::import(bytes) {
        Ok(p) => p,
        Err(e) => return Ok(Err(e)),
    };
    let mut tx = store.begin().await?;
    let known = staff::known(&mut tx, org).await?;
    let plan = rules::plan(&known, &parsed, mark_leavers);
    let summary = ImportSummary {
        created: plan.create.len(),
        updated: plan.update.len(),
        left: plan.leave.len(),
        unchanged: plan.unchanged,
        leavers_skipped: plan.leavers_skipped,
        problems: parsed.problems,
    };
    if dry_run {
        tx.rollback().await?;
        return Ok(Ok(summary));
    }
    let now = weerbaar_core::now_ms();
    staff::apply(&mut tx, org, &plan, &weerbaar_core::today().to_string(), now).await?;
    let counts = serde_json::json!({"created": summary.created, "updated": summary.updated, "left": summary.left});
    log(&mut tx, org, actor, AuditAction::StaffImported, "", None::<&()>, Some(&counts)).await?;
    tx.commit().await?;
    Ok(Ok(summary))
}

/// One person as a form or the API sends it.
#[derive(Debug, Clone, Default)]
pub struct PersonForm {
    pub draft: Draft,
    pub quiet_until: String,
    pub left_on: String,
}

/// Checks a person's form: the person's rule plus the two optional dates.
pub fn check_person(f: &PersonForm) -> Result<(rules::Person, Option<Date>, Option<Date>), FieldErrors> {
    let mut e = FieldErrors::new();
    let person = match rules::check(&f.draft) {
        Ok(p) => Some(p),
        Err(errs) => {
            errs.iter().for_each(|x| e.push(x.clone()));
            None
        }
    };
    let quiet = e.check(weerbaar_core::validation::optional_date("quiet_until", &f.quiet_until));
    let left = e.check(weerbaar_core::validation::optional_date("left_on", &f.left_on));
    e.into_result()?;
    match (person, quiet, left) {
        (Some(p), Some(q), Some(l)) => Ok((p, q, l)),
        _ => Err(FieldError::new("name", "error-required").into()),
    }
}

/// Adds (`id` None) or changes a person. Errors are the form's; a newer version saved
/// by someone else is `AppError::Conflict`.
pub async fn save_person(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    id: Option<(&str, i64)>,
    f: &PersonForm,
) -> AppResult<Result<String, FieldErrors>> {
    let (person, quiet, left) = match check_person(f) {
        Ok(x) => x,
        Err(e) => return Ok(Err(e)),
    };
    let (q, l) = (quiet.map(|d| d.to_string()), left.map(|d| d.to_string()));
    let edit = staff::Edit { person: &person, quiet_until: q.as_deref(), left_on: l.as_deref() };
    let now = weerbaar_core::now_ms();
    let mut tx = st.store.begin().await?;
    let before = match id {
        Some((id, _)) => staff::get(&mut tx, org, id).await?.map(|s| s.email),
        None => None,
    };
    let saved = match id {
        None => staff::create(&mut tx, org, &edit, now).await,
        Some((id, version)) => staff::update(&mut tx, org, id, &edit, version, now).await.map(|_| id.to_string()),
    };
    let id = match saved {
        Ok(id) => id,
        Err(StoreError::Duplicate(_)) => return Ok(Err(FieldError::new("email", "staff-email-taken").into())),
        Err(StoreError::Conflict) => return Err(AppError::Conflict),
        Err(e) => return Err(e.into()),
    };
    // A changed address is in the log: whoever holds the address holds the person's training.
    let after = Some(&person.email).filter(|e| before.as_ref() != Some(*e));
    log(
        &mut tx,
        org,
        actor,
        AuditAction::StaffChanged,
        &person.email,
        before.as_ref().filter(|_| after.is_some()),
        after,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(id))
}

/// The departments and addresses of the people who still work here.
pub async fn directory(st: &AppState, org: &OrgId) -> AppResult<(BTreeSet<String>, BTreeSet<String>)> {
    let mut c = st.store.conn().await?;
    let list = staff::list(&mut c, org).await?;
    let active = list.iter().filter(|s| s.active());
    Ok((active.clone().map(|s| s.department.clone()).collect(), active.map(|s| s.email.clone()).collect()))
}

/// Assigns a module; the first mails go out with the next run of the training mailer.
pub async fn assign(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    module: &str,
    scope: &str,
    targets: Vec<String>,
    due_on: &str,
) -> AppResult<Result<String, FieldErrors>> {
    let lib = library()?;
    let (departments, people) = directory(st, org).await?;
    let known = progress::Choices {
        modules: &lib.module_slugs(),
        departments: &departments,
        people: &people,
        today: weerbaar_core::today(),
    };
    let a = match progress::check_assignment(module, scope, targets, due_on, &known) {
        Ok(a) => a,
        Err(e) => return Ok(Err(e)),
    };
    let mut tx = st.store.begin().await?;
    let id = training::assign(&mut tx, org, &a, "assigned", &actor.label, weerbaar_core::now_ms()).await?;
    log(&mut tx, org, actor, AuditAction::TrainingAssigned, &a.module, None::<&()>, Some(&a.scope.targets())).await?;
    tx.commit().await?;
    st.jobs_notify.notify_one();
    Ok(Ok(id))
}

/// Assigns the phishing module to one person, in the caller's transaction, unless an
/// assignment already covers them.
pub async fn assign_after_click(
    db: &mut impl weerbaar_store::Db,
    org: &OrgId,
    email: &str,
    department: &str,
    due: Date,
) -> AppResult<()> {
    let covered = training::assignments(db, org)
        .await?
        .iter()
        .any(|a| a.module == PHISHING_MODULE && a.scope.covers(email, department));
    if !covered {
        let a = NewAssignment {
            module: PHISHING_MODULE.into(),
            scope: progress::Scope::People([email.to_string()].into()),
            due_on: due,
        };
        training::assign(db, org, &a, AFTER_CLICK, "weerbaar", weerbaar_core::now_ms()).await?;
    }
    Ok(())
}

/// Whether the follow-up assignments after a click count. They are for the person and
/// the reminders only: in figures or a manager's view they would say who clicked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUps {
    Include,
    Exclude,
}

/// The reason of the assignments made after a click in an exercise.
pub const AFTER_CLICK: &str = "phishing";

/// Each active person's state for each module assigned to them.
pub async fn learners(
    st: &AppState,
    org: &OrgId,
    module: Option<&str>,
    follow_ups: FollowUps,
) -> AppResult<Vec<(String, Learner)>> {
    let mut c = st.store.conn().await?;
    let people = staff::list(&mut c, org).await?;
    let assignments = training::assignments(&mut c, org).await?;
    let rows = training::progress_of_org(&mut c, org).await?;
    drop(c);
    let by_key: BTreeMap<(&str, &str), &training::Progress> =
        rows.iter().filter_map(|p| p.staff_id.as_deref().map(|s| ((s, p.module.as_str()), p))).collect();
    let mut out = Vec::new();
    for s in people.iter().filter(|s| s.active()) {
        let modules: BTreeSet<&str> = assignments
            .iter()
            .filter(|a| follow_ups == FollowUps::Include || a.reason != AFTER_CLICK)
            .filter(|a| module.is_none_or(|m| a.module == m) && a.scope.covers(&s.email, &s.department))
            .map(|a| a.module.as_str())
            .collect();
        for m in modules {
            let p = by_key.get(&(s.id.as_str(), m));
            out.push((
                m.to_string(),
                Learner {
                    department: s.department.clone(),
                    person: s.id.clone(),
                    started: p.is_some(),
                    completed: p.is_some_and(|p| p.completed_at.is_some()),
                    score: p.and_then(|p| p.best_score).and_then(|s| u8::try_from(s).ok()),
                },
            ));
        }
    }
    Ok(out)
}

/// Figures per department (groups under five merged into "other").
pub async fn progress(st: &AppState, org: &OrgId, module: Option<&str>) -> AppResult<Vec<DepartmentFigure>> {
    let rows: Vec<Learner> = learners(st, org, module, FollowUps::Exclude).await?.into_iter().map(|(_, l)| l).collect();
    Ok(progress::by_department(&rows))
}

/// Checks and saves the awareness settings.
pub async fn save_settings(
    st: &AppState,
    org: &OrgId,
    actor: &Actor,
    retention: &str,
    manager_visibility: bool,
    report_address: &str,
    version: i64,
) -> AppResult<Result<(), FieldErrors>> {
    let mut e = FieldErrors::new();
    let months = e.check(progress::check_retention(retention));
    let report = match report_address.trim() {
        "" => Some(None),
        a => e.check(weerbaar_core::account::normalise_email("report_address", a)).map(Some),
    };
    if let Err(e) = e.into_result() {
        return Ok(Err(e));
    }
    let (Some(retention_months), Some(report_address)) = (months, report) else {
        return Ok(Err(FieldError::new("retention_months", "error-required").into()));
    };
    let s = Settings { retention_months, manager_visibility, report_address, version };
    let mut tx = st.store.begin().await?;
    match db::save_settings(&mut tx, org, &s, weerbaar_core::now_ms()).await {
        Ok(()) => {}
        Err(StoreError::Conflict) => return Err(AppError::Conflict),
        Err(x) => return Err(x.into()),
    }
    let after = serde_json::json!({"retention_months": retention_months, "manager_visibility": manager_visibility});
    log(&mut tx, org, actor, AuditAction::AwarenessSettingsChanged, "", None::<&()>, Some(&after)).await?;
    tx.commit().await?;
    Ok(Ok(()))
}
