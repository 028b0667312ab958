//! Communication (step 8): who informs each audience through which channel, and the
//! prepared messages.

use super::{choice, done, line, required, text};
use crate::bcp::model::{AUDIENCES, LINE_MAX, Message, PHASES, SCENARIOS, Stakeholder};
use crate::validation::FieldErrors;

fn audience(s: &str) -> Option<String> {
    AUDIENCES.contains(&s).then(|| s.to_string())
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StakeholderDraft {
    pub audience: String,
    pub channel: String,
    pub owner: String,
}

impl StakeholderDraft {
    pub fn of(s: &Stakeholder) -> StakeholderDraft {
        StakeholderDraft { audience: s.audience.clone(), channel: s.channel.clone(), owner: s.owner.clone() }
    }
}

/// (audience, channel, owner)
pub fn check_stakeholder(d: &StakeholderDraft) -> Result<(String, String, String), FieldErrors> {
    let mut e = FieldErrors::new();
    let a = choice(&mut e, "audience", &d.audience, audience).unwrap_or_default();
    let v = (a, line(&mut e, "channel", &d.channel, LINE_MAX), line(&mut e, "owner", &d.owner, LINE_MAX));
    done(e, v)
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageDraft {
    /// One of [`SCENARIOS`] or "any".
    pub scenario: String,
    pub phase: String,
    pub audience: String,
    pub channel: String,
    pub subject: String,
    pub body: String,
}

impl MessageDraft {
    pub fn of(m: &Message) -> MessageDraft {
        MessageDraft {
            scenario: m.scenario.clone(),
            phase: m.phase.clone(),
            audience: m.audience.clone(),
            channel: m.channel.clone(),
            subject: m.subject.clone(),
            body: m.body.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageFields {
    pub scenario: String,
    pub phase: String,
    pub audience: String,
    pub channel: String,
    pub subject: String,
    pub body: String,
}

impl MessageFields {
    pub fn apply(self, m: &mut Message) {
        m.scenario = self.scenario;
        m.phase = self.phase;
        m.audience = self.audience;
        m.channel = self.channel;
        m.subject = self.subject;
        m.body = self.body;
    }
}

pub fn check_message(d: &MessageDraft) -> Result<MessageFields, FieldErrors> {
    let mut e = FieldErrors::new();
    let scenario =
        choice(&mut e, "scenario", &d.scenario, |s| (s == "any" || SCENARIOS.contains(&s)).then(|| s.to_string()));
    let phase = choice(&mut e, "phase", &d.phase, |s| PHASES.contains(&s).then(|| s.to_string()));
    let aud = choice(&mut e, "audience", &d.audience, audience);
    let f = MessageFields {
        scenario: scenario.unwrap_or_default(),
        phase: phase.unwrap_or_default(),
        audience: aud.unwrap_or_default(),
        channel: line(&mut e, "channel", &d.channel, LINE_MAX),
        subject: required(&mut e, "subject", &d.subject, LINE_MAX),
        body: text(&mut e, "body", &d.body),
    };
    done(e, f)
}
