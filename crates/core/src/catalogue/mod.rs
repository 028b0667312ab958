//! The toolkit catalogue: resources (guides, templates, checklists, leaflets …) with their
//! audiences and topics. This module holds the vocabulary and the loader of the shipped
//! content (`content/resources/<slug>/`), which checks every file and reports each
//! mistake with file, line and reason.

use std::collections::BTreeMap;

use load::{Meta, Text};

use serde::{Deserialize, Serialize};

/// Declares a closed vocabulary: serde names are the keys used in files, URLs and the API.
macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $key)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn parse(s: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s)
            }
        }
    };
}

pub mod adoption;
pub mod diff;
pub mod edit;
pub mod links;
pub mod load;
pub mod round;
pub mod synonyms;
pub mod upload;
pub mod workflow;

vocabulary!(
    /// What kind of resource it is.
    ResourceType {
        Guide = "guide",
        Template = "template",
        Checklist = "checklist",
        Leaflet = "leaflet",
        Video = "video",
        Webinar = "webinar",
        PolicyExample = "policy_example",
        Tool = "tool",
        ExternalReference = "external_reference",
    }
);

vocabulary!(
    /// Who a resource is for.
    Audience {
        MayorAldermen = "mayor_aldermen",
        GeneralDirector = "general_director",
        SecurityOfficer = "security_officer",
        It = "it",
        AllStaff = "all_staff",
        Communication = "communication",
        CrisisTeam = "crisis_team",
    }
);

vocabulary!(
    /// The managed topic list.
    Topic {
        Backups = "backups",
        Mfa = "mfa",
        Patching = "patching",
        AdminAccounts = "admin_accounts",
        Phishing = "phishing",
        Ransomware = "ransomware",
        IncidentResponse = "incident_response",
        BusinessContinuity = "business_continuity",
        CrisisCommunication = "crisis_communication",
        Suppliers = "suppliers",
        Network = "network",
        Logging = "logging",
        Passwords = "passwords",
        RemoteWork = "remote_work",
        Awareness = "awareness",
        GdprBreaches = "gdpr_breaches",
        Nis2 = "nis2",
        Elections = "elections",
        Insurance = "insurance",
        PolicyRoles = "policy_roles",
        AccessManagement = "access_management",
        PhysicalSecurity = "physical_security",
        Cloud = "cloud",
        EndpointSecurity = "endpoint_security",
    }
);

vocabulary!(
    /// How much a municipality needs to know already.
    Level {
        Starter = "starter",
        Intermediate = "intermediate",
        Advanced = "advanced",
    }
);

vocabulary!(
    /// The languages a resource can be written in.
    ContentLang {
        Nl = "nl",
        En = "en",
        Fr = "fr",
    }
);

vocabulary!(
    /// Where a resource is in the editorial workflow.
    Status {
        Draft = "draft",
        InReview = "in_review",
        Evaluation = "evaluation",
        Published = "published",
        Archived = "archived",
    }
);

/// A downloadable file of a resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentInfo {
    pub name: String,
    pub size: i64,
    pub sha256: String,
}

/// What the public sees of a resource: its latest published version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Published {
    pub id: String,
    pub slug: String,
    /// The organisation of a private resource; None for the shared toolkit.
    pub owner: Option<String>,
    pub meta: Meta,
    pub texts: BTreeMap<ContentLang, Text>,
    pub attachments: Vec<AttachmentInfo>,
    /// Milliseconds since the epoch.
    pub published_at: i64,
}

impl Published {
    /// The text in `want`, else Dutch, English, French, whichever exists first.
    pub fn text(&self, want: ContentLang) -> Option<(ContentLang, &Text)> {
        std::iter::once(want).chain(ContentLang::ALL.iter().copied()).find_map(|l| self.texts.get(&l).map(|t| (l, t)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_match_serde() {
        for t in Topic::ALL {
            assert_eq!(Topic::parse(t.as_str()), Some(*t));
            assert_eq!(serde_json::to_value(t).unwrap(), serde_json::json!(t.as_str()));
        }
        assert_eq!(Topic::ALL.len(), 24);
        assert_eq!(ResourceType::parse("policy_example"), Some(ResourceType::PolicyExample));
        assert_eq!(Audience::parse("aliens"), None);
        assert_eq!(Level::ALL.len(), 3);
        assert_eq!(ContentLang::parse("fr"), Some(ContentLang::Fr));
    }
}
