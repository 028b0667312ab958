-- Self-assessment: frameworks (data, imported or shipped), an organisation's
-- assessments with their answers, respondents, evidence files and approved versions,
-- the actions a gap became (in the findings register), and the opt-in to the anonymous
-- comparison of an umbrella organisation.

CREATE TABLE frameworks (
    id TEXT PRIMARY KEY,
    -- Stays the same across versions: a re-import replaces the row's body.
    urn TEXT NOT NULL UNIQUE,
    ref_id TEXT NOT NULL,
    name TEXT NOT NULL,
    version TEXT NOT NULL,
    format TEXT NOT NULL,
    -- core::assessment::Framework as JSON.
    body TEXT NOT NULL,
    requirements BIGINT NOT NULL,
    assessable BIGINT NOT NULL,
    -- The level ids, as a JSON list, and the licence text: for lists without the body.
    levels TEXT NOT NULL,
    copyright TEXT NOT NULL,
    shipped BOOLEAN NOT NULL DEFAULT FALSE,
    imported_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- Raised by every import: caches key on it.
    revision BIGINT NOT NULL
);

CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    framework_id TEXT NOT NULL REFERENCES frameworks (id),
    level TEXT,
    title TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'superseded')),
    version_label TEXT NOT NULL,
    started_from TEXT,
    approved_body TEXT,
    approved_on TEXT,
    approved_reference TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX assessments_org ON assessments (org_id, framework_id, created_at);

CREATE TABLE assessment_answers (
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    requirement TEXT NOT NULL,
    -- core::assessment::answer::Answer as JSON.
    answer TEXT NOT NULL,
    answered_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (assessment_id, requirement)
);

-- Respondents: members who answer one section (and see only their sections).
CREATE TABLE assessment_respondents (
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (assessment_id, section, user_id)
);
CREATE INDEX assessment_respondents_user ON assessment_respondents (user_id);

CREATE TABLE assessment_files (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    requirement TEXT NOT NULL,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    data {blob} NOT NULL,
    size BIGINT NOT NULL,
    uploaded_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX assessment_files_assessment ON assessment_files (assessment_id, requirement);

-- What was submitted and approved, readable after later edits.
CREATE TABLE assessment_versions (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    framework_id TEXT NOT NULL,
    level TEXT,
    label TEXT NOT NULL,
    status TEXT NOT NULL,
    -- The roll-up per top node and the total (JSON): what the comparison reads.
    figures TEXT NOT NULL,
    -- Framework identity, level, answers and roll-up as JSON.
    snapshot TEXT NOT NULL,
    actor TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX assessment_versions_assessment ON assessment_versions (assessment_id, created_at);
CREATE INDEX assessment_versions_compare ON assessment_versions (framework_id, status, org_id, created_at);

-- A gap that became an action in the findings register.
CREATE TABLE assessment_actions (
    finding_id TEXT PRIMARY KEY REFERENCES findings (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    requirement TEXT NOT NULL
);
CREATE INDEX assessment_actions_assessment ON assessment_actions (assessment_id, requirement);

-- An organisation shares anonymous figures with one umbrella organisation; off until
-- its administrator turns it on.
CREATE TABLE benchmark_shares (
    org_id TEXT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    umbrella_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    since BIGINT NOT NULL
);
CREATE INDEX benchmark_shares_umbrella ON benchmark_shares (umbrella_id);
