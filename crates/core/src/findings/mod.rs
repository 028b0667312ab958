//! The findings register: one list of everything that needs fixing, whatever found it
//! (an engagement, a scanner import, a person, later a self-assessment gap or an
//! exercise action). The rules of a finding (its fields, CVSS, status flow, deadlines,
//! fingerprints and what a re-import does) live here; every entry point calls them.

pub mod cvss;
pub mod deadline;
pub mod edit;
pub mod flow;
pub mod reconcile;
pub mod summary;

use serde::{Deserialize, Serialize};

macro_rules! named {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $code:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            pub fn as_str(self) -> &'static str { match self { $($name::$variant => $code),* } }
            pub fn parse(s: &str) -> Option<Self> { match s { $($code => Some($name::$variant),)* _ => None } }
        }
    };
}
pub(crate) use named;

named!(
    /// Most severe first, so sorting puts critical on top.
    Severity {
        Critical => "critical",
        High => "high",
        Medium => "medium",
        Low => "low",
        Info => "info",
    }
);

named!(
    /// Where a finding in the register comes from.
    Source {
        Engagement => "engagement",
        Import => "import",
        Manual => "manual",
        Assessment => "assessment",
        Exercise => "exercise",
    }
);

named!(
    Status {
        New => "new",
        Confirmed => "confirmed",
        InRemediation => "in_remediation",
        Fixed => "fixed",
        Closed => "closed",
        FalsePositive => "false_positive",
        Duplicate => "duplicate",
        RiskAccepted => "risk_accepted",
    }
);

impl Status {
    /// Still needs work (and counts for deadlines and the dashboard).
    pub fn is_open(self) -> bool {
        matches!(self, Status::New | Status::Confirmed | Status::InRemediation | Status::Fixed)
    }
}

/// One affected asset: a host with port and protocol, a URL, or an application.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asset {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub host: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub protocol: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub application: String,
}

impl Asset {
    /// One line a reader (and the form) understands: `10.0.0.5:443/tcp`, a URL, an application.
    pub fn label(&self) -> String {
        let mut parts = Vec::new();
        if !self.host.is_empty() {
            let mut h = self.host.clone();
            if let Some(p) = self.port {
                h.push_str(&format!(":{p}"));
            }
            if !self.protocol.is_empty() {
                h.push_str(&format!("/{}", self.protocol));
            }
            parts.push(h);
        }
        if !self.url.is_empty() {
            parts.push(self.url.clone());
        }
        if !self.application.is_empty() {
            parts.push(self.application.clone());
        }
        parts.join(" ")
    }
}

/// A stored CVSS vector with what it computes to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cvss {
    /// "3.1" or "4.0".
    pub version: String,
    pub vector: String,
    pub score: f64,
}

/// Risk acceptance: who decided, why, and until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acceptance {
    pub approver_email: String,
    pub reason: String,
    pub until: jiff::civil::Date,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub id: String,
    pub engagement_id: Option<String>,
    pub source: Source,
    pub fingerprint: Option<String>,
    pub title: String,
    pub description: String,
    pub assets: Vec<Asset>,
    pub remediation: String,
    pub references: Vec<String>,
    pub cvss: Option<Cvss>,
    pub severity: Severity,
    /// Why the severity was set by hand (no vector).
    pub severity_reason: String,
    pub status: Status,
    /// The reason of the last side state (false positive, duplicate).
    pub status_reason: String,
    pub duplicate_of: Option<String>,
    pub acceptance: Option<Acceptance>,
    pub owner_email: String,
    pub due: Option<jiff::civil::Date>,
    /// When it was confirmed: the deadline counts from here.
    pub confirmed_on: Option<jiff::civil::Date>,
    /// When a passed retest closed it.
    pub closed_on: Option<jiff::civil::Date>,
    /// The last import of its engagement did not report it: worth a retest.
    pub not_seen: bool,
    /// Plan resources (applications, servers) it concerns.
    pub resources: Vec<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
}

impl Finding {
    /// A new finding (status new, no id yet) from checked fields: every source (form,
    /// API, import, and later self-assessment gaps) makes its findings here.
    pub fn new(f: edit::Fields, source: Source, fingerprint: Option<String>) -> Finding {
        Finding {
            id: String::new(),
            engagement_id: f.engagement,
            source,
            fingerprint,
            title: f.title,
            description: f.description,
            assets: f.assets,
            remediation: f.remediation,
            references: f.references,
            cvss: f.cvss,
            severity: f.severity,
            severity_reason: f.severity_reason,
            status: Status::New,
            status_reason: String::new(),
            duplicate_of: None,
            acceptance: None,
            owner_email: f.owner_email,
            due: f.due,
            confirmed_on: None,
            closed_on: None,
            not_seen: false,
            resources: f.resources,
            created_at: 0,
            updated_at: 0,
            version: 1,
        }
    }

    /// A finding with only a severity and a status (for figures).
    pub fn figure(severity: Severity, status: Status) -> Finding {
        let fields = edit::Fields {
            title: String::new(),
            description: String::new(),
            assets: vec![],
            remediation: String::new(),
            references: vec![],
            cvss: None,
            severity,
            severity_reason: String::new(),
            owner_email: String::new(),
            due: None,
            engagement: None,
            resources: vec![],
        };
        Finding { status, ..Finding::new(fields, Source::Manual, None) }
    }

    pub fn is_overdue(&self, today: jiff::civil::Date) -> bool {
        self.status.is_open() && self.due.is_some_and(|d| d < today)
    }
}
