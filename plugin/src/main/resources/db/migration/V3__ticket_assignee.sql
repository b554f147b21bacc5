-- Open tickets per assignee, for least-loaded routing.
ALTER TABLE tickets ADD COLUMN assignee_id VARCHAR(200);
CREATE INDEX tickets_assignee ON tickets (connector, assignee_id, status);
