//! An activity: its description (step 2), its impact analysis (step 3) and its
//! strategies (step 5). The API and an import send all three at once; the builder one
//! page at a time.

use super::{count, done, hours, line, lines, required, text};
use crate::bcp::model::{Activity, ImpactCategory, Impacts, LINE_MAX, MAX_LEVEL};
use crate::validation::{FieldError, FieldErrors, Num};

/// What describes an activity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub department: String,
    pub name: String,
    pub description: String,
    pub owner: String,
    pub deputy: String,
    pub legal_deadlines: String,
    pub peak_periods: String,
    pub min_staff: Num,
    pub min_workplaces: Num,
}

/// A checked [`Draft`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    pub department: String,
    pub name: String,
    pub description: String,
    pub owner: String,
    pub deputy: String,
    pub legal_deadlines: String,
    pub peak_periods: String,
    pub min_staff: Option<u32>,
    pub min_workplaces: Option<u32>,
}

impl Fields {
    pub fn apply(self, a: &mut Activity) {
        a.department = self.department;
        a.name = self.name;
        a.description = self.description;
        a.owner = self.owner;
        a.deputy = self.deputy;
        a.legal_deadlines = self.legal_deadlines;
        a.peak_periods = self.peak_periods;
        a.min_staff = self.min_staff;
        a.min_workplaces = self.min_workplaces;
    }
}

impl Draft {
    pub fn of(a: &Activity) -> Draft {
        Draft {
            department: a.department.clone(),
            name: a.name.clone(),
            description: a.description.clone(),
            owner: a.owner.clone(),
            deputy: a.deputy.clone(),
            legal_deadlines: a.legal_deadlines.clone(),
            peak_periods: a.peak_periods.clone(),
            min_staff: a.min_staff.into(),
            min_workplaces: a.min_workplaces.into(),
        }
    }
}

pub fn check(d: &Draft) -> Result<Fields, FieldErrors> {
    let mut e = FieldErrors::new();
    let f = Fields {
        department: line(&mut e, "department", &d.department, LINE_MAX),
        name: required(&mut e, "name", &d.name, LINE_MAX),
        description: text(&mut e, "description", &d.description),
        owner: line(&mut e, "owner", &d.owner, LINE_MAX),
        deputy: line(&mut e, "deputy", &d.deputy, LINE_MAX),
        legal_deadlines: text(&mut e, "legal_deadlines", &d.legal_deadlines),
        peak_periods: text(&mut e, "peak_periods", &d.peak_periods),
        min_staff: count(&mut e, "min_staff", &d.min_staff),
        min_workplaces: count(&mut e, "min_workplaces", &d.min_workplaces),
    };
    done(e, f)
}

/// A new activity needs only a name and, optionally, its department.
pub fn check_new(name: &str, department: &str) -> Result<(String, String), FieldErrors> {
    let mut e = FieldErrors::new();
    let v = (required(&mut e, "name", name, LINE_MAX), line(&mut e, "department", department, LINE_MAX));
    done(e, v)
}

/// The impact analysis of one activity: a level per category per time window.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BiaDraft {
    /// Category (its stable name) and one level per window; a category left out is unrated.
    pub impacts: Vec<(String, Vec<Num>)>,
    pub rto_hours: Num,
    pub rpo_hours: Num,
    pub mbco: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BiaFields {
    pub impacts: Impacts,
    pub rto_hours: Option<u32>,
    pub rpo_hours: Option<u32>,
    pub mbco: String,
}

impl BiaFields {
    pub fn apply(self, a: &mut Activity) {
        a.impacts = self.impacts;
        a.rto_hours = self.rto_hours;
        a.rpo_hours = self.rpo_hours;
        a.mbco = self.mbco;
    }
}

impl BiaDraft {
    pub fn of(a: &Activity, windows: usize) -> BiaDraft {
        let impacts = a.impacts.resized(windows);
        BiaDraft {
            impacts: ImpactCategory::ALL
                .iter()
                .map(|c| {
                    let levels = (0..windows).map(|w| impacts.get(*c, w).map_or(Num::Empty, |l| Num::Int(l.into())));
                    (c.as_str().to_string(), levels.collect())
                })
                .collect(),
            rto_hours: a.rto_hours.into(),
            rpo_hours: a.rpo_hours.into(),
            mbco: a.mbco.clone(),
        }
    }
}

/// `windows`: how many time windows the plan's impact scale has.
pub fn check_bia(d: &BiaDraft, windows: usize) -> Result<BiaFields, FieldErrors> {
    let mut e = FieldErrors::new();
    let mut impacts = Impacts::unrated(windows);
    let mut seen = Vec::new();
    let (mut wrong_length, mut bad_level) = (false, false);
    for (cat, levels) in &d.impacts {
        let Some(c) = ImpactCategory::parse(cat.trim()) else {
            e.push(FieldError::new("impacts", "error-impact-category").arg("name", cat));
            continue;
        };
        if seen.contains(&c) {
            e.push(FieldError::new("impacts", "error-impact-category").arg("name", cat));
            continue;
        }
        seen.push(c);
        if levels.len() != windows {
            wrong_length = true;
            continue;
        }
        for (w, l) in levels.iter().enumerate() {
            match crate::validation::whole_number("impacts", l, u32::from(MAX_LEVEL)) {
                Ok(v) => impacts.set(c, w, v.map(|x| x as u8)),
                Err(_) => bad_level = true,
            }
        }
    }
    // One message per kind of mistake: the grid is one field.
    if wrong_length {
        e.push(FieldError::new("impacts", "error-impact-windows").arg("count", windows));
    }
    if bad_level {
        e.push(FieldError::new("impacts", "error-level"));
    }
    let f = BiaFields {
        impacts,
        rto_hours: hours(&mut e, "rto_hours", &d.rto_hours),
        rpo_hours: hours(&mut e, "rpo_hours", &d.rpo_hours),
        mbco: text(&mut e, "mbco", &d.mbco),
    };
    done(e, f)
}

/// How the activity carries on without its usual means.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StrategyDraft {
    pub workaround: Vec<String>,
    pub alternate_location: String,
    pub alternate_supplier: String,
    pub mutual_aid: String,
    pub paper_backlog: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrategyFields {
    pub workaround: Vec<String>,
    pub alternate_location: String,
    pub alternate_supplier: String,
    pub mutual_aid: String,
    pub paper_backlog: String,
}

impl StrategyFields {
    pub fn apply(self, a: &mut Activity) {
        a.workaround = self.workaround;
        a.alternate_location = self.alternate_location;
        a.alternate_supplier = self.alternate_supplier;
        a.mutual_aid = self.mutual_aid;
        a.paper_backlog = self.paper_backlog;
    }
}

impl StrategyDraft {
    pub fn of(a: &Activity) -> StrategyDraft {
        StrategyDraft {
            workaround: a.workaround.clone(),
            alternate_location: a.alternate_location.clone(),
            alternate_supplier: a.alternate_supplier.clone(),
            mutual_aid: a.mutual_aid.clone(),
            paper_backlog: a.paper_backlog.clone(),
        }
    }
}

pub fn check_strategy(d: &StrategyDraft) -> Result<StrategyFields, FieldErrors> {
    let mut e = FieldErrors::new();
    let f = StrategyFields {
        workaround: lines(&mut e, "workaround", &d.workaround),
        alternate_location: text(&mut e, "alternate_location", &d.alternate_location),
        alternate_supplier: text(&mut e, "alternate_supplier", &d.alternate_supplier),
        mutual_aid: text(&mut e, "mutual_aid", &d.mutual_aid),
        paper_backlog: text(&mut e, "paper_backlog", &d.paper_backlog),
    };
    done(e, f)
}

/// Everything about an activity at once, as the API and an import send it: every
/// error of the three parts together.
pub fn check_whole(
    d: &Draft,
    bia: &BiaDraft,
    strategy: &StrategyDraft,
    windows: usize,
) -> Result<(Fields, BiaFields, StrategyFields), FieldErrors> {
    let (a, b, s) = (check(d), check_bia(bia, windows), check_strategy(strategy));
    match (a, b, s) {
        (Ok(a), Ok(b), Ok(s)) => Ok((a, b, s)),
        (a, b, s) => {
            let mut all = FieldErrors::new();
            for errs in [a.err(), b.err(), s.err()].into_iter().flatten() {
                for x in errs.iter() {
                    all.push(x.clone());
                }
            }
            Err(all)
        }
    }
}
