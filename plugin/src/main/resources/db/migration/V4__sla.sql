-- SLA engine (issue #4). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- Breach notes (level 0) and escalation levels that fired: each once per ticket, metric, level
-- and metric cycle, also across restarts. fire_key = sla:<ticket>:<metric>:L<level>:<cycle start>.
-- note_line is the note text as written when it fired; a ticket's SLA note is the lines of its
-- latest fired_at.
CREATE TABLE sla_fired (
  connector      VARCHAR(100) NOT NULL,
  fire_key       VARCHAR(200) NOT NULL,
  ticket_id      VARCHAR(200) NOT NULL,
  fired_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  note_line      TEXT         NOT NULL,
  PRIMARY KEY (connector, fire_key)
);
CREATE INDEX sla_fired_ticket ON sla_fired (connector, ticket_id, fired_at);

-- KPI inputs: one row per finished metric cycle (first_reply, resolution: one cycle per ticket;
-- next_reply and periodic_update: one per customer message / agent reply), upserted on every
-- evaluation. See docs/sla.md "KPI inputs".
CREATE TABLE sla_kpi_inputs (
  connector        VARCHAR(100) NOT NULL,
  ticket_id        VARCHAR(200) NOT NULL,
  metric           VARCHAR(40)  NOT NULL,
  started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  policy           VARCHAR(200) NOT NULL,
  achieved         BOOLEAN      NOT NULL,
  measured_seconds BIGINT       NOT NULL,
  target_seconds   BIGINT       NOT NULL,
  business_hours   BOOLEAN      NOT NULL,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (connector, ticket_id, metric, started_at)
);
CREATE INDEX sla_kpi_inputs_completed ON sla_kpi_inputs (connector, completed_at);
