//! Awareness and training: rules shared by the training figures and the phishing
//! results, and the phishing templates. Staff are not accounts; no figure may single
//! anyone out (`groups`).

pub mod campaign;
pub mod clicks;
pub mod groups;
pub mod module;
pub mod progress;
pub mod staff;
pub mod template;
