-- Audits and ethical hacking: engagements (with the signed authorisation and their
-- guest testers) and the one findings register every source writes to: engagements,
-- scanner imports, manual entry, later self-assessment gaps and exercise actions.

CREATE TABLE engagements (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('pentest', 'audit', 'scan', 'internal', 'phishing', 'other')),
    status TEXT NOT NULL CHECK (status IN ('planned', 'authorised', 'in_progress', 'reported', 'follow_up', 'closed')),
    -- core::engagement::Details as JSON.
    details TEXT NOT NULL,
    auth_signer TEXT,
    auth_signed_on TEXT,
    auth_file_name TEXT,
    auth_file_type TEXT,
    auth_file {blob},
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX engagements_org ON engagements (org_id, created_at);

-- External testers: accounts that see one engagement and nothing else of the organisation.
CREATE TABLE engagement_guests (
    engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (engagement_id, user_id)
);
CREATE INDEX engagement_guests_user ON engagement_guests (user_id);

CREATE TABLE findings (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    engagement_id TEXT REFERENCES engagements (id) ON DELETE SET NULL,
    source TEXT NOT NULL CHECK (source IN ('engagement', 'import', 'manual', 'assessment', 'exercise')),
    -- From the scanning tool's own identifiers (weerbaar-scan); NULL when entered by hand.
    fingerprint TEXT,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    assets TEXT NOT NULL,
    remediation TEXT NOT NULL,
    refs TEXT NOT NULL,
    cvss_version TEXT,
    cvss_vector TEXT,
    -- Tenths, so both databases store it exactly.
    cvss_score BIGINT,
    severity TEXT NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low', 'info')),
    -- 0 critical … 4 info: sorting by it puts the worst first.
    severity_rank BIGINT NOT NULL,
    severity_reason TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('new', 'confirmed', 'in_remediation', 'fixed', 'closed', 'false_positive', 'duplicate', 'risk_accepted')),
    status_reason TEXT NOT NULL,
    duplicate_of TEXT,
    accepted_by TEXT,
    accepted_reason TEXT,
    accepted_until TEXT,
    owner_email TEXT NOT NULL,
    due_on TEXT,
    confirmed_on TEXT,
    closed_on TEXT,
    not_seen BOOLEAN NOT NULL DEFAULT FALSE,
    resources TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE UNIQUE INDEX findings_fingerprint ON findings (org_id, engagement_id, fingerprint);
CREATE INDEX findings_org_status ON findings (org_id, status, severity_rank, created_at);
-- The register's default order, with the status in it: a page of 50 is read from the
-- index alone, without sorting every match.
CREATE INDEX findings_org_order ON findings (org_id, severity_rank, created_at, id, status);
CREATE INDEX findings_org_engagement ON findings (org_id, engagement_id);
CREATE INDEX findings_accepted ON findings (status, accepted_until);

-- A finding's history: moves, retests, comments, imports that saw it again.
CREATE TABLE finding_events (
    id TEXT PRIMARY KEY,
    finding_id TEXT NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT,
    body TEXT NOT NULL
);
CREATE INDEX finding_events_finding ON finding_events (finding_id, at);

-- Evidence: screenshots, logs, the tester's proof.
CREATE TABLE finding_files (
    id TEXT PRIMARY KEY,
    finding_id TEXT NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    data {blob} NOT NULL,
    added_at BIGINT NOT NULL,
    added_by TEXT NOT NULL
);
CREATE INDEX finding_files_finding ON finding_files (finding_id);

-- Deadlines per severity (days from confirmation) and when owners last had their digest.
CREATE TABLE finding_policies (
    org_id TEXT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    critical_days BIGINT NOT NULL,
    high_days BIGINT NOT NULL,
    medium_days BIGINT NOT NULL,
    low_days BIGINT NOT NULL,
    digest_on TEXT,
    version BIGINT NOT NULL
);

CREATE TABLE finding_imports (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    created BIGINT NOT NULL,
    unchanged BIGINT NOT NULL,
    reopened BIGINT NOT NULL,
    not_seen BIGINT NOT NULL
);
CREATE INDEX finding_imports_engagement ON finding_imports (engagement_id, at);

-- The figures of each report handed out, so the next one can show the trend.
CREATE TABLE finding_reports (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    -- The engagement's own report, or '' for the register's follow-up report.
    scope TEXT NOT NULL,
    at BIGINT NOT NULL,
    figures TEXT NOT NULL
);
CREATE INDEX finding_reports_scope ON finding_reports (org_id, scope, at);

-- An uploaded report waiting for its preview to be confirmed (removed when carried
-- out, or after a day).
CREATE TABLE finding_pending_imports (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    data {blob} NOT NULL,
    created_at BIGINT NOT NULL
);
