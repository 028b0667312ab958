-- The toolkit's editorial work and use: a flag for withdrawn (archived) resources, video
-- links and transcripts, comments per workflow stage, quarterly evaluation rounds with
-- scores and decisions, adoption per organisation, and the link checker's findings.
-- What the public sees of a resource is its latest row in cat_versions, unless withdrawn.

ALTER TABLE cat_resources ADD COLUMN withdrawn BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE cat_resources ADD COLUMN video_url TEXT;
ALTER TABLE cat_texts ADD COLUMN transcript TEXT NOT NULL DEFAULT '';

CREATE TABLE cat_comments (
    id TEXT PRIMARY KEY,
    resource_id TEXT NOT NULL REFERENCES cat_resources (id) ON DELETE CASCADE,
    -- The workflow stage the resource was in when the comment was written.
    stage TEXT NOT NULL,
    author_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    author_name TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX cat_comments_resource ON cat_comments (resource_id, created_at);

CREATE TABLE cat_rounds (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    deadline TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    -- The deadline the reminder was last sent for (once per deadline, with several servers).
    reminded_for TEXT
);

CREATE TABLE cat_round_items (
    round_id TEXT NOT NULL REFERENCES cat_rounds (id) ON DELETE CASCADE,
    resource_id TEXT NOT NULL REFERENCES cat_resources (id) ON DELETE CASCADE,
    decision TEXT CHECK (decision IS NULL OR decision IN ('publish', 'revise', 'retire')),
    decision_note TEXT NOT NULL DEFAULT '',
    decided_by TEXT,
    decided_at BIGINT,
    PRIMARY KEY (round_id, resource_id)
);

CREATE TABLE cat_scores (
    round_id TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    reviewer_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    relevance BIGINT NOT NULL CHECK (relevance BETWEEN 1 AND 5),
    correctness BIGINT NOT NULL CHECK (correctness BETWEEN 1 AND 5),
    clarity BIGINT NOT NULL CHECK (clarity BETWEEN 1 AND 5),
    completeness BIGINT NOT NULL CHECK (completeness BETWEEN 1 AND 5),
    usability BIGINT NOT NULL CHECK (usability BETWEEN 1 AND 5),
    comment TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (round_id, resource_id, reviewer_id),
    FOREIGN KEY (round_id, resource_id) REFERENCES cat_round_items (round_id, resource_id) ON DELETE CASCADE
);

CREATE TABLE cat_adoption (
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    resource_id TEXT NOT NULL REFERENCES cat_resources (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'not_applicable')),
    owner TEXT NOT NULL,
    due TEXT,
    note TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (org_id, resource_id)
);

CREATE TABLE cat_link_checks (
    url TEXT PRIMARY KEY,
    ok BOOLEAN NOT NULL,
    http_status BIGINT,
    error TEXT,
    failures BIGINT NOT NULL DEFAULT 0,
    checked_at BIGINT NOT NULL,
    next_check_at BIGINT NOT NULL
);
