//! The document's shape: objects with exactly the documented fields, values of the
//! right JSON type, well-formed and known references, bounded lists. What the values
//! mean is judged afterwards by the builder's rules (`import`).

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::{FORMAT, FORMAT_VERSION, MAX_ITEMS, MAX_LINKS, MAX_PROBLEMS, Problem};

/// The JSON type a field must have.
#[derive(Clone, Copy)]
enum T {
    Str,
    OptStr,
    Int,
    OptInt,
    Strs,
    /// Checked by the caller (objects and lists of objects).
    Nested,
}

pub(super) struct Shape {
    pub problems: Vec<Problem>,
    links: usize,
}

impl Shape {
    fn add(&mut self, path: &str, code: &'static str, detail: impl Into<String>) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem::shape(path, code, detail));
        }
    }

    fn value(&mut self, p: &str, v: &Value, t: T) {
        let ok = match (t, v) {
            (T::Str, Value::String(_)) | (T::OptStr, Value::String(_) | Value::Null) => true,
            (T::Int, Value::Number(n)) | (T::OptInt, Value::Number(n)) => is_integer(n),
            (T::OptInt, Value::Null) => true,
            (T::Strs, Value::Array(a)) => {
                self.bounded(p, a.len());
                for (i, x) in a.iter().enumerate() {
                    if !x.is_string() {
                        self.add(&format!("{p}[{i}]"), "expected_string", "");
                    }
                }
                true
            }
            (T::Nested, _) => true,
            _ => false,
        };
        if !ok {
            let code = match t {
                T::Str | T::OptStr => "expected_string",
                T::Int | T::OptInt => "expected_number",
                T::Strs => "expected_array",
                T::Nested => unreachable!(),
            };
            self.add(p, code, "");
        }
    }

    fn bounded(&mut self, p: &str, n: usize) -> bool {
        if n > MAX_ITEMS {
            self.add(p, "too_many", MAX_ITEMS.to_string());
            return false;
        }
        true
    }

    /// An object with exactly these fields, each of its type.
    fn object<'v>(&mut self, v: &'v Value, path: &str, spec: &[(&str, T)]) -> Option<&'v Map<String, Value>> {
        let Some(m) = v.as_object() else {
            self.add(path, "expected_object", "");
            return None;
        };
        for k in m.keys() {
            if !spec.iter().any(|(f, _)| f == k) {
                self.add(&format!("{path}.{k}"), "unknown_field", k);
            }
        }
        for (f, t) in spec {
            match m.get(*f) {
                Some(x) => self.value(&format!("{path}.{f}"), x, *t),
                None => self.add(&format!("{path}.{f}"), "missing", *f),
            }
        }
        Some(m)
    }

    /// A list of objects, each checked by `each`.
    fn list<'v>(&mut self, m: &'v Map<String, Value>, k: &str, path: &str) -> &'v [Value] {
        let p = format!("{path}.{k}");
        match m.get(k) {
            Some(Value::Array(a)) if self.bounded(&p, a.len()) => a,
            Some(Value::Array(_)) | None => &[],
            Some(_) => {
                self.add(&p, "expected_array", "");
                &[]
            }
        }
    }

    /// A list of references to resources: each one of `known`, each once.
    fn refs(&mut self, m: &Map<String, Value>, k: &str, path: &str, known: &BTreeSet<String>) {
        let p = format!("{path}.{k}");
        let Some(Value::Array(items)) = m.get(k) else { return };
        self.links += items.len();
        // One list of links is bounded like the builder bounds it, before it is read.
        if items.len() > crate::bcp::edit::links::LINKS_MAX {
            self.add(&p, "too_many", crate::bcp::edit::links::LINKS_MAX.to_string());
            return;
        }
        let mut seen = BTreeSet::new();
        for (j, v) in items.iter().enumerate() {
            match v.as_str() {
                Some(s) if !known.contains(s) => self.add(&format!("{p}[{j}]"), "unknown_ref", s),
                Some(s) if !seen.insert(s) => self.add(&format!("{p}[{j}]"), "duplicate_ref", s),
                Some(_) => {}
                None => self.add(&format!("{p}[{j}]"), "unknown_ref", v.to_string()),
            }
        }
    }

    /// The references items declare (`ref`): well-formed, each once.
    fn declared(&mut self, items: &[Value], prefix: char, path: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        for (i, v) in items.iter().enumerate() {
            let Some(r) = v.get("ref").and_then(Value::as_str) else { continue };
            let well_formed =
                r.len() >= 2 && r.len() <= 20 && r.starts_with(prefix) && r[1..].bytes().all(|b| b.is_ascii_digit());
            if !well_formed {
                self.add(&format!("{path}[{i}].ref"), "invalid_ref", format!("{prefix}…: {r}"));
            } else if !seen.insert(r.to_string()) {
                self.add(&format!("{path}[{i}].ref"), "duplicate_ref", r);
            }
        }
        seen
    }
}

fn is_integer(n: &serde_json::Number) -> bool {
    n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0 && f.is_finite())
}

const ACTIVITY: [(&str, T); 21] = [
    ("ref", T::Str),
    ("template_key", T::OptStr),
    ("department", T::Str),
    ("name", T::Str),
    ("description", T::Str),
    ("owner", T::Str),
    ("deputy", T::Str),
    ("legal_deadlines", T::Str),
    ("peak_periods", T::Str),
    ("impacts", T::Nested),
    ("rto_hours", T::OptInt),
    ("rpo_hours", T::OptInt),
    ("mbco", T::Str),
    ("min_staff", T::OptInt),
    ("min_workplaces", T::OptInt),
    ("workaround", T::Strs),
    ("alternate_location", T::Str),
    ("alternate_supplier", T::Str),
    ("mutual_aid", T::Str),
    ("paper_backlog", T::Str),
    ("resources", T::Nested),
];

const RESOURCE: [(&str, T); 15] = [
    ("ref", T::Str),
    ("template_key", T::OptStr),
    ("kind", T::Str),
    ("name", T::Str),
    ("description", T::Str),
    ("deputy", T::Str),
    ("contract_ref", T::Str),
    ("sla_hours", T::OptInt),
    ("contact_24_7", T::Str),
    ("recovery_hours", T::OptInt),
    ("recovery_basis", T::Str),
    ("backup_interval_hours", T::OptInt),
    ("backup_type", T::Str),
    ("last_restore_test", T::OptStr),
    ("depends_on", T::Nested),
];

const CONTACT: [(&str, T); 4] = [("name", T::Str), ("phone", T::Str), ("private_phone", T::Str), ("email", T::Str)];

/// Checks the document's shape; every problem found, or none.
pub(super) fn check(v: &Value) -> Vec<Problem> {
    let mut c = Shape { problems: vec![], links: 0 };
    let top = [
        ("format", T::Nested),
        ("format_version", T::Nested),
        ("plan", T::Nested),
        ("activities", T::Nested),
        ("resources", T::Nested),
        ("crisis", T::Nested),
        ("roles", T::Nested),
        ("playbooks", T::Nested),
        ("stakeholders", T::Nested),
        ("messages", T::Nested),
        ("exercises", T::Nested),
    ];
    let Some(root) = c.object(v, "$", &top) else { return c.problems };
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        c.add("$.format", "wrong_format", FORMAT);
    }
    if root.get("format_version").and_then(Value::as_u64) != Some(FORMAT_VERSION) {
        c.add("$.format_version", "unsupported_version", FORMAT_VERSION.to_string());
    }
    if let Some(pv) = root.get("plan") {
        let spec = [
            ("status", T::Str),
            ("language", T::Str),
            ("version_label", T::Str),
            ("scope", T::Str),
            ("objectives", T::Str),
            ("assumptions", T::Str),
            ("owner_name", T::Str),
            ("owner_email", T::Str),
            ("classification", T::Str),
            ("approval", T::Nested),
            ("next_review", T::OptStr),
            ("own_domains", T::Strs),
            ("scale", T::Nested),
        ];
        if let Some(p) = c.object(pv, "$.plan", &spec) {
            match p.get("approval") {
                None | Some(Value::Null) => {}
                Some(a) => {
                    c.object(
                        a,
                        "$.plan.approval",
                        &[("body", T::Str), ("decision_date", T::Str), ("reference", T::Str)],
                    );
                }
            }
            if let Some(sv) = p.get("scale")
                && let Some(s) = c.object(
                    sv,
                    "$.plan.scale",
                    &[("windows_hours", T::Nested), ("unacceptable_level", T::Int), ("descriptions", T::Nested)],
                )
            {
                match s.get("windows_hours") {
                    Some(Value::Array(a)) => {
                        for (i, w) in a.iter().enumerate().take(MAX_ITEMS) {
                            c.value(&format!("$.plan.scale.windows_hours[{i}]"), w, T::Int);
                        }
                    }
                    Some(_) => c.add("$.plan.scale.windows_hours", "expected_array", ""),
                    None => {}
                }
                match s.get("descriptions") {
                    Some(Value::Object(d)) => {
                        for (k, x) in d {
                            c.value(&format!("$.plan.scale.descriptions.{k}"), x, T::Strs);
                        }
                    }
                    Some(_) => c.add("$.plan.scale.descriptions", "expected_object", ""),
                    None => {}
                }
            }
        }
    }

    // Resources first: activities refer to them.
    let resources = c.list(root, "resources", "$");
    let rrefs = c.declared(resources, 'R', "$.resources");
    for (i, rv) in resources.iter().enumerate() {
        let path = format!("$.resources[{i}]");
        if let Some(r) = c.object(rv, &path, &RESOURCE) {
            match r.get("depends_on") {
                Some(Value::Array(_)) | None => c.refs(r, "depends_on", &path, &rrefs),
                Some(_) => c.add(&format!("{path}.depends_on"), "expected_array", ""),
            }
        }
    }
    let activities = c.list(root, "activities", "$");
    c.declared(activities, 'A', "$.activities");
    for (i, av) in activities.iter().enumerate() {
        let path = format!("$.activities[{i}]");
        let Some(a) = c.object(av, &path, &ACTIVITY) else { continue };
        match a.get("resources") {
            Some(Value::Array(_)) | None => c.refs(a, "resources", &path, &rrefs),
            Some(_) => c.add(&format!("{path}.resources"), "expected_array", ""),
        }
        match a.get("impacts") {
            Some(Value::Object(im)) => {
                for (cat, levels) in im {
                    let p = format!("{path}.impacts.{cat}");
                    match levels {
                        Value::Array(l) if c.bounded(&p, l.len()) => {
                            for (w, x) in l.iter().enumerate() {
                                c.value(&format!("{p}[{w}]"), x, T::OptInt);
                            }
                        }
                        Value::Array(_) => {}
                        _ => c.add(&p, "expected_array", ""),
                    }
                }
            }
            Some(_) => c.add(&format!("{path}.impacts"), "expected_object", ""),
            None => {}
        }
    }
    if c.links > MAX_LINKS {
        c.add("$", "too_many_links", MAX_LINKS.to_string());
    }

    if let Some(cv) = root.get("crisis") {
        let spec = [
            ("activation_criteria", T::Strs),
            ("who_may_activate", T::Str),
            ("call_tree", T::Nested),
            ("meeting_primary", T::Str),
            ("meeting_alternate", T::Str),
            ("handover_criteria", T::Strs),
            ("handover_explanation", T::Str),
        ];
        if let Some(cm) = c.object(cv, "$.crisis", &spec) {
            for (j, s) in c.list(cm, "call_tree", "$.crisis").iter().enumerate() {
                c.object(
                    s,
                    &format!("$.crisis.call_tree[{j}]"),
                    &[("role_key", T::Str), ("fallback_role_key", T::OptStr)],
                );
            }
        }
    }
    for (i, rv) in c.list(root, "roles", "$").iter().enumerate() {
        let path = format!("$.roles[{i}]");
        let spec =
            [("key", T::Str), ("name", T::Str), ("tasks", T::Strs), ("primary", T::Nested), ("deputy", T::Nested)];
        if let Some(r) = c.object(rv, &path, &spec) {
            for k in ["primary", "deputy"] {
                if let Some(x) = r.get(k) {
                    c.object(x, &format!("{path}.{k}"), &CONTACT);
                }
            }
        }
    }
    for (i, bv) in c.list(root, "playbooks", "$").iter().enumerate() {
        let path = format!("$.playbooks[{i}]");
        let spec = [
            ("scenario", T::Str),
            ("title", T::Str),
            ("summary", T::Str),
            ("signals", T::Strs),
            ("first_hour", T::Strs),
            ("decisions", T::Nested),
            ("communication", T::Nested),
            ("recovery", T::Strs),
            ("return_to_normal", T::Strs),
            ("clocks", T::Nested),
        ];
        let Some(b) = c.object(bv, &path, &spec) else { continue };
        for (j, d) in c.list(b, "decisions", &path).iter().enumerate() {
            c.object(d, &format!("{path}.decisions[{j}]"), &[("question", T::Str), ("who", T::Str)]);
        }
        for (j, d) in c.list(b, "communication", &path).iter().enumerate() {
            let spec = [("audience", T::Str), ("when", T::Str), ("who", T::Str), ("message", T::Str)];
            c.object(d, &format!("{path}.communication[{j}]"), &spec);
        }
        for (j, d) in c.list(b, "clocks", &path).iter().enumerate() {
            c.object(d, &format!("{path}.clocks[{j}]"), &[("name", T::Str), ("hours", T::Int), ("applies", T::Str)]);
        }
    }
    for (i, sv) in c.list(root, "stakeholders", "$").iter().enumerate() {
        c.object(sv, &format!("$.stakeholders[{i}]"), &[("audience", T::Str), ("channel", T::Str), ("owner", T::Str)]);
    }
    for (i, mv) in c.list(root, "messages", "$").iter().enumerate() {
        let spec = [
            ("scenario", T::Str),
            ("phase", T::Str),
            ("audience", T::Str),
            ("channel", T::Str),
            ("subject", T::Str),
            ("body", T::Str),
        ];
        c.object(mv, &format!("$.messages[{i}]"), &spec);
    }
    for (i, ev) in c.list(root, "exercises", "$").iter().enumerate() {
        let spec = [
            ("kind", T::Str),
            ("title", T::Str),
            ("scenario", T::Str),
            ("planned_on", T::OptStr),
            ("done_on", T::OptStr),
            ("participants", T::Str),
            ("result", T::Str),
            ("actions", T::Strs),
        ];
        c.object(ev, &format!("$.exercises[{i}]"), &spec);
    }
    c.problems
}
