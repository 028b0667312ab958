-- Business continuity plans: one working plan per organisation, its parts, and the
-- snapshots taken at submission and approval. Every table carries org_id so that
-- every query can name the organisation. Lists inside a part are JSON text.

CREATE TABLE bcp_plans (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL UNIQUE REFERENCES organisations (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'superseded')),
    language TEXT NOT NULL,
    scope TEXT NOT NULL,
    objectives TEXT NOT NULL,
    assumptions TEXT NOT NULL,
    owner_name TEXT NOT NULL,
    owner_email TEXT NOT NULL,
    classification TEXT NOT NULL,
    approval_body TEXT,
    approval_date TEXT,
    approval_reference TEXT,
    next_review TEXT,
    own_domains TEXT NOT NULL,
    scale TEXT NOT NULL,
    version_label TEXT NOT NULL,
    review_reminded_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE bcp_activities (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES bcp_plans (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    template_key TEXT,
    department TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    owner TEXT NOT NULL,
    deputy TEXT NOT NULL,
    legal_deadlines TEXT NOT NULL,
    peak_periods TEXT NOT NULL,
    impacts TEXT NOT NULL,
    rto_hours BIGINT,
    rpo_hours BIGINT,
    mbco TEXT NOT NULL,
    min_staff BIGINT,
    min_workplaces BIGINT,
    workaround TEXT NOT NULL,
    alternate_location TEXT NOT NULL,
    alternate_supplier TEXT NOT NULL,
    mutual_aid TEXT NOT NULL,
    paper_backlog TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX bcp_activities_org ON bcp_activities (org_id, position);

CREATE TABLE bcp_resources (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES bcp_plans (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    template_key TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'application', 'infrastructure', 'data', 'supplier', 'location')),
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    deputy TEXT NOT NULL,
    contract_ref TEXT NOT NULL,
    sla_hours BIGINT,
    contact_24_7 TEXT NOT NULL,
    recovery_hours BIGINT,
    recovery_basis TEXT NOT NULL,
    backup_interval_hours BIGINT,
    backup_type TEXT NOT NULL,
    last_restore_test TEXT,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX bcp_resources_org ON bcp_resources (org_id, position);

CREATE TABLE bcp_activity_resources (
    activity_id TEXT NOT NULL REFERENCES bcp_activities (id) ON DELETE CASCADE,
    resource_id TEXT NOT NULL REFERENCES bcp_resources (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    PRIMARY KEY (activity_id, resource_id)
);
CREATE INDEX bcp_activity_resources_org ON bcp_activity_resources (org_id);

CREATE TABLE bcp_resource_deps (
    resource_id TEXT NOT NULL REFERENCES bcp_resources (id) ON DELETE CASCADE,
    depends_on TEXT NOT NULL REFERENCES bcp_resources (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    PRIMARY KEY (resource_id, depends_on)
);
CREATE INDEX bcp_resource_deps_org ON bcp_resource_deps (org_id);

CREATE TABLE bcp_crisis (
    plan_id TEXT PRIMARY KEY REFERENCES bcp_plans (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    data TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE bcp_roles (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES bcp_plans (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    role_key TEXT NOT NULL,
    name TEXT NOT NULL,
    tasks TEXT NOT NULL,
    primary_contact TEXT NOT NULL,
    deputy_contact TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX bcp_roles_org ON bcp_roles (org_id, position);

CREATE TABLE bcp_playbooks (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES bcp_plans (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    scenario TEXT NOT NULL,
    data TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX bcp_playbooks_org ON bcp_playbooks (org_id, position);

CREATE TABLE bcp_stakeholders (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES bcp_plans (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    audience TEXT NOT NULL,
    channel TEXT NOT NULL,
    owner TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX bcp_stakeholders_org ON bcp_stakeholders (org_id, position);

CREATE TABLE bcp_messages (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES bcp_plans (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    scenario TEXT NOT NULL,
    phase TEXT NOT NULL,
    audience TEXT NOT NULL,
    channel TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX bcp_messages_org ON bcp_messages (org_id, position);

CREATE TABLE bcp_exercises (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES bcp_plans (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    scenario TEXT NOT NULL,
    planned_on TEXT,
    done_on TEXT,
    participants TEXT NOT NULL,
    result TEXT NOT NULL,
    actions TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX bcp_exercises_org ON bcp_exercises (org_id, position);

-- Snapshots of the whole plan (exchange format) at submission and approval.
CREATE TABLE bcp_plan_versions (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES bcp_plans (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    label TEXT NOT NULL,
    status TEXT NOT NULL,
    document TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX bcp_plan_versions_org ON bcp_plan_versions (org_id, created_at);
