ALTER TABLE bcp_resources DROP CONSTRAINT bcp_resources_kind_check;
ALTER TABLE bcp_resources ADD CONSTRAINT bcp_resources_kind_check
    CHECK (kind IN ('person', 'application', 'infrastructure', 'data', 'supplier', 'location', 'paper'));
UPDATE bcp_resources SET kind = 'paper'
    WHERE kind = 'data' AND template_key IN ('emergency-folder', 'paper-registers', 'contact-lists', 'medication-printouts');
