-- The toolkit catalogue: resources (shipped with Weerbaar or private to one
-- organisation), their texts per language, attachments, every published version, and
-- shipped updates waiting for an editor's decision when a resource was edited locally.

CREATE TABLE cat_resources (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    -- NULL: part of the toolkit; otherwise visible only to this organisation's members.
    owner_org_id TEXT REFERENCES organisations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    audiences TEXT NOT NULL,
    topics TEXT NOT NULL,
    level TEXT NOT NULL,
    effort_hours BIGINT NOT NULL,
    licence TEXT NOT NULL,
    source_organisation TEXT,
    original_url TEXT,
    related TEXT NOT NULL,
    quick_win BIGINT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'evaluation', 'published', 'archived')),
    version_label TEXT NOT NULL,
    last_reviewed TEXT,
    next_review TEXT,
    -- SHA-256 of the shipped files this row was last loaded from (NULL: not shipped).
    shipped_hash TEXT,
    -- Set when someone edits a shipped resource here: later releases no longer overwrite it.
    locally_edited BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE cat_texts (
    resource_id TEXT NOT NULL REFERENCES cat_resources (id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('nl', 'en', 'fr')),
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    why TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (resource_id, lang)
);

CREATE TABLE cat_attachments (
    resource_id TEXT NOT NULL REFERENCES cat_resources (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    data {blob} NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (resource_id, name)
);

-- Every published version, readable later, with its change note.
CREATE TABLE cat_versions (
    id TEXT PRIMARY KEY,
    resource_id TEXT NOT NULL REFERENCES cat_resources (id) ON DELETE CASCADE,
    version_label TEXT NOT NULL,
    change_note TEXT NOT NULL,
    document TEXT NOT NULL,
    published_by TEXT NOT NULL,
    published_at BIGINT NOT NULL
);
CREATE INDEX cat_versions_resource ON cat_versions (resource_id, published_at);

-- A newer shipped version of a locally edited resource: the editor compares and chooses.
CREATE TABLE cat_updates (
    resource_id TEXT PRIMARY KEY REFERENCES cat_resources (id) ON DELETE CASCADE,
    shipped_hash TEXT NOT NULL,
    document TEXT NOT NULL,
    found_at BIGINT NOT NULL
);
