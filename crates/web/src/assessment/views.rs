//! What the assessment pages and the report show: scores as people read them, the
//! roll-up per function and section, gaps, and the charts with their data.

use std::collections::HashMap;

use weerbaar_core::assessment::Framework;
use weerbaar_core::assessment::rollup::{RollUp, gaps, key_not_met, roll_up};
use weerbaar_render::chart::{Chart, Series};

use super::service::Loaded;
use crate::i18n::Lang;

pub const COLOURS: [&str; 10] =
    ["#1d4e89", "#b3261e", "#2e7d32", "#6a1b9a", "#ad5400", "#00695c", "#5d4037", "#283593", "#827717", "#37474f"];

/// A value on a scale with one decimal, in the reader's notation.
pub fn value_scaled(lang: Lang, v: f64) -> String {
    let s = format!("{:.1}", v);
    if lang == Lang::En { s } else { s.replace('.', ",") }
}

/// A value as people read it: one decimal on the scale, or a percentage.
pub fn value(lang: Lang, fw: &Framework, v: Option<f64>) -> String {
    match v {
        None => "–".into(),
        Some(v) if fw.scale.is_some() => value_scaled(lang, v),
        Some(v) => format!("{:.0} %", v),
    }
}

pub struct SectionRow {
    pub id: String,
    /// The id as a path segment.
    pub href: String,
    pub title: String,
    pub answered: usize,
    pub total: usize,
    pub value: String,
    pub gaps: usize,
    /// (user id, name and address)
    pub respondents: Vec<(String, String)>,
}

pub struct RootRow {
    pub id: String,
    pub title: String,
    pub value: String,
    pub documentation: String,
    pub implementation: String,
    pub answered: usize,
    pub total: usize,
    pub gaps: usize,
    pub sections: Vec<SectionRow>,
}

pub fn node_title(fw: &Framework, i: usize, lang: Lang) -> String {
    let n = &fw.nodes[i];
    let t = n.title(lang.code());
    if n.ref_id.is_empty() || t.starts_with(&n.ref_id) { t } else { format!("{} {}", n.ref_id, t) }
}

/// The roll-up per top node with its sections, those in `visible` only.
pub fn roots(
    lang: Lang,
    l: &Loaded,
    r: &RollUp,
    respondents: &HashMap<String, Vec<(String, String)>>,
    visible: &dyn Fn(&str) -> bool,
) -> Vec<RootRow> {
    let fw = &l.fw;
    let sections = fw.sections(l.level());
    let mut out: Vec<RootRow> = Vec::new();
    for root in fw.roots() {
        let rows: Vec<SectionRow> = sections
            .iter()
            .filter(|s| fw.root_of(**s) == root && visible(&fw.nodes[**s].id))
            .map(|s| {
                // The section's subtree: its requirements (and any deeper ones).
                let sc = r.of(*s);
                SectionRow {
                    id: fw.nodes[*s].id.clone(),
                    href: crate::page::urlencode(&fw.nodes[*s].id),
                    title: node_title(fw, *s, lang),
                    answered: sc.answered,
                    total: sc.total,
                    value: value(lang, fw, sc.value),
                    gaps: sc.gaps,
                    respondents: respondents.get(&fw.nodes[*s].id).cloned().unwrap_or_default(),
                }
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let s = r.of(root);
        out.push(RootRow {
            id: fw.nodes[root].id.clone(),
            title: node_title(fw, root, lang),
            value: value(lang, fw, s.value),
            documentation: value(lang, fw, s.documentation),
            implementation: value(lang, fw, s.implementation),
            answered: s.answered,
            total: s.total,
            gaps: s.gaps,
            sections: rows,
        });
    }
    out
}

pub struct GapRow {
    pub id: String,
    pub title: String,
    pub key: bool,
    pub value: String,
    pub target: String,
    pub section: String,
    /// The action's finding id and status label, when it has one.
    pub action: Option<(String, String)>,
}

pub fn gap_rows(lang: Lang, l: &Loaded, actions: &[(String, String, String)], limit: usize) -> Vec<GapRow> {
    let fw = &l.fw;
    gaps(fw, l.level(), l.plain())
        .into_iter()
        .take(limit)
        .map(|g| GapRow {
            title: node_title(fw, g.index, lang),
            key: g.key,
            value: value(lang, fw, g.value),
            target: g.target.map(|t| t.to_string()).unwrap_or_default(),
            section: fw.nodes[fw.section_of(g.index).unwrap_or(g.index)].id.clone(),
            action: actions.iter().find(|(_, r, _)| *r == g.id).map(|(f, _, s)| (f.clone(), s.clone())),
            id: g.id,
        })
        .collect()
}

pub fn key_rows(lang: Lang, l: &Loaded) -> Vec<(String, String, String)> {
    let fw = &l.fw;
    let answers = l.plain();
    key_not_met(fw, l.level(), answers)
        .into_iter()
        .map(|i| {
            let v = answers.get(&fw.nodes[i].id).and_then(|a| a.value());
            (fw.nodes[i].id.clone(), node_title(fw, i, lang), value(lang, fw, v))
        })
        .collect()
}

/// The scale's bounds for charts: the framework's, or 0–100 %.
pub fn bounds(fw: &Framework) -> (f64, f64) {
    fw.scale.as_ref().map(|s| (f64::from(s.min), f64::from(s.max))).unwrap_or((0.0, 100.0))
}

fn short(fw: &Framework, i: usize, lang: Lang) -> String {
    let n = &fw.nodes[i];
    let t = n.title(lang.code());
    let t: String = t.chars().take(28).collect();
    if n.ref_id.is_empty() || t.starts_with(&n.ref_id) { t } else { format!("{} {t}", n.ref_id) }
}

/// The radar per top node: this assessment and, when there is one, the one before.
pub fn radar(lang: Lang, l: &Loaded, earlier: Option<(&str, &RollUp)>) -> Chart {
    let fw = &l.fw;
    let roots = fw.roots();
    let now = roll_up(fw, l.level(), l.plain());
    let mut series = vec![];
    if let Some((label, r)) = earlier {
        series.push(Series {
            name: label.to_string(),
            colour: COLOURS[1].into(),
            values: roots.iter().map(|i| r.of(*i).value.unwrap_or(f64::NAN)).collect(),
        });
    }
    series.push(Series {
        name: l.a.title.clone(),
        colour: COLOURS[0].into(),
        values: roots.iter().map(|i| now.of(*i).value.unwrap_or(f64::NAN)).collect(),
    });
    Chart {
        title: lang.t("assessment-radar-title"),
        categories: roots.iter().map(|i| short(fw, *i, lang)).collect(),
        series,
    }
}

/// Lines over time: per top node, its value in each assessment of the framework.
pub fn lines(lang: Lang, fw: &Framework, points: &[(String, RollUp)]) -> Chart {
    let roots = fw.roots();
    Chart {
        title: lang.t("assessment-lines-title"),
        categories: points.iter().map(|(d, _)| d.clone()).collect(),
        series: roots
            .iter()
            .take(COLOURS.len())
            .enumerate()
            .map(|(k, i)| Series {
                name: short(fw, *i, lang),
                colour: COLOURS[k].into(),
                values: points.iter().map(|(_, r)| r.of(*i).value.unwrap_or(f64::NAN)).collect(),
            })
            .collect(),
    }
}

/// A chart's data as table rows: one row per category, one column per series.
pub fn chart_table(lang: Lang, fw: &Framework, c: &Chart) -> (Vec<String>, Vec<Vec<String>>) {
    let mut head = vec![String::new()];
    head.extend(c.series.iter().map(|s| s.name.clone()));
    let rows = c
        .categories
        .iter()
        .enumerate()
        .map(|(i, cat)| {
            let mut r = vec![cat.clone()];
            r.extend(c.series.iter().map(|s| value(lang, fw, s.values.get(i).copied().filter(|v| v.is_finite()))));
            r
        })
        .collect();
    (head, rows)
}
