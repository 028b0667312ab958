-- Awareness and training: the staff list (people, not accounts), their personal links
-- and sessions, training assignments and each person's progress, and phishing
-- campaigns with their recipients. Personal rows of people who left are erased after
-- the organisation's retention period; rows that only count (progress, recipients)
-- then lose their link to the person and keep the department.

CREATE TABLE awareness_settings (
    org_id TEXT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    retention_months BIGINT NOT NULL,
    -- Managers see their own staff's results only when this is on (and staff were told).
    manager_visibility BOOLEAN NOT NULL DEFAULT FALSE,
    -- Where staff forward a suspicious message; matched to a campaign by its token.
    report_address TEXT,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    department TEXT NOT NULL,
    lang TEXT NOT NULL,
    manager_email TEXT,
    -- No reminders or campaign mail up to and including this date (leave).
    quiet_until TEXT,
    left_on TEXT,
    -- The day the last training mail (invitation or reminder) went out.
    last_mailed TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL,
    UNIQUE (org_id, email)
);
CREATE INDEX staff_email ON staff (email);

-- A personal link starts one session, once, before it expires. Only the hash is kept.
CREATE TABLE staff_links (
    token_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX staff_links_staff ON staff_links (staff_id);

CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);

CREATE TABLE training_assignments (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    module TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('everyone', 'departments', 'people')),
    -- JSON list of departments or e-mail addresses.
    targets TEXT NOT NULL,
    due_on TEXT NOT NULL,
    -- 'assigned' by an administrator, or 'phishing' after a click in a campaign.
    reason TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX training_assignments_org ON training_assignments (org_id, created_at);

CREATE TABLE training_progress (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    -- NULL once the person's results were erased; the row then only counts.
    staff_id TEXT REFERENCES staff (id) ON DELETE SET NULL,
    department TEXT NOT NULL,
    module TEXT NOT NULL,
    module_version TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    completed_at BIGINT,
    best_score BIGINT,
    attempts BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX training_progress_person ON training_progress (staff_id, module);
CREATE INDEX training_progress_org ON training_progress (org_id, module);

CREATE TABLE phishing_campaigns (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- JSON list of template slugs.
    templates TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('everyone', 'departments', 'people')),
    targets TEXT NOT NULL,
    exclusions TEXT NOT NULL,
    sender_name TEXT NOT NULL,
    sender_address TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    window_end BIGINT NOT NULL,
    per_minute BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'sending', 'stopped', 'finished')),
    -- The approval gate: all set together, or all empty.
    director TEXT,
    approved_on TEXT,
    dpo_informed BOOLEAN NOT NULL DEFAULT FALSE,
    representatives TEXT,
    representatives_reason TEXT,
    no_sanctions BOOLEAN NOT NULL DEFAULT FALSE,
    approval_recorded_by TEXT,
    approval_recorded_at BIGINT,
    launched_at BIGINT,
    stopped_at BIGINT,
    finished_at BIGINT,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX phishing_campaigns_org ON phishing_campaigns (org_id, created_at);

-- One row per person a campaign mails. The token is in the links, the pixel and the
-- message's header; it names the row and nothing else.
CREATE TABLE phishing_recipients (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES phishing_campaigns (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    staff_id TEXT REFERENCES staff (id) ON DELETE SET NULL,
    department TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    template TEXT NOT NULL,
    lang TEXT NOT NULL,
    send_at BIGINT NOT NULL,
    sent_at BIGINT,
    opened_at BIGINT,
    clicked_at BIGINT,
    reported_at BIGINT,
    filtered_clicks BIGINT NOT NULL DEFAULT 0,
    error TEXT
);
CREATE INDEX phishing_recipients_campaign ON phishing_recipients (campaign_id, send_at);

-- An uploaded staff list waiting for its preview to be confirmed (kept a day at most).
CREATE TABLE staff_pending_imports (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    data TEXT NOT NULL,
    mark_leavers BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL
);
