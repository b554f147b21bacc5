-- KPI facts: one row per ticket and per survey answer, upserted whenever the pipeline stores
-- them; a daily rollup per slice value (kpi_daily) recomputed for the days marked dirty
-- (kpi_dirty_days) is what reports read (docs/kpis.md, ADR 0011). Instants are epoch minutes
-- (BIGINT), with the UTC day (epoch day) and month (yyyymm).
CREATE TABLE ticket_facts (
  connector           VARCHAR(100) NOT NULL,
  ticket_id           VARCHAR(200) NOT NULL,
  created_minute      BIGINT       NOT NULL,
  created_day         INTEGER      NOT NULL,
  created_month       INTEGER      NOT NULL,
  first_reply_minute  BIGINT,
  first_reply_day     INTEGER,
  first_reply_month   INTEGER,
  first_reply_minutes BIGINT,
  solved_minute       BIGINT,
  solved_day          INTEGER,
  solved_month        INTEGER,
  resolution_minutes  BIGINT,
  handle_minutes      BIGINT,
  reopens             INTEGER      NOT NULL,
  reopened            INTEGER      NOT NULL,  -- 1 when reopens > 0
  agent_replies       INTEGER      NOT NULL,
  one_touch           INTEGER      NOT NULL,  -- 1 or 0
  assignee            VARCHAR(200),
  group_name          VARCHAR(200),
  channel             VARCHAR(20),
  priority            VARCHAR(20),
  organization        VARCHAR(200),
  status              VARCHAR(20)  NOT NULL,
  deleted             BOOLEAN      NOT NULL,  -- deleted or merged away: counts nowhere
  sla_first_reply     INTEGER,                -- 1 achieved, 0 breached, null none finished
  sla_resolution      INTEGER,
  qa_score            DOUBLE PRECISION,
  tags                TEXT,                   -- the ticket's tags, one per line
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (connector, ticket_id)
);
CREATE INDEX ticket_facts_created ON ticket_facts (connector, created_day);
CREATE INDEX ticket_facts_first_reply ON ticket_facts (connector, first_reply_day);
CREATE INDEX ticket_facts_solved ON ticket_facts (connector, solved_day);

CREATE TABLE survey_facts (
  connector           VARCHAR(100) NOT NULL,
  response_id         VARCHAR(200) NOT NULL,
  ticket_id           VARCHAR(200),
  agent_id            VARCHAR(200),
  kind                VARCHAR(10)  NOT NULL,
  answered_minute     BIGINT       NOT NULL,
  answered_day        INTEGER      NOT NULL,
  answered_month      INTEGER      NOT NULL,
  satisfied           INTEGER,                -- CSAT: 1 or 0
  nps_class           INTEGER,                -- NPS: 1 promoter, 0 passive, -1 detractor
  ces_score           DOUBLE PRECISION,       -- CES on 1-7
  negative            INTEGER      NOT NULL,  -- 1: to be followed up
  followed_up_minute  BIGINT,
  followed_up_minutes BIGINT,
  comment             TEXT,
  PRIMARY KEY (connector, response_id)
);
CREATE INDEX survey_facts_answered ON survey_facts (connector, answered_day);
CREATE INDEX survey_facts_ticket ON survey_facts (connector, ticket_id);

-- The rollup: KPI sums (core.kpi.KpiDay, as text) per UTC day and slice value.
CREATE TABLE kpi_daily (
  connector      VARCHAR(100) NOT NULL,
  dimension      VARCHAR(20)  NOT NULL,   -- all, agent, group, channel, priority, organization, tag
  epoch_day      INTEGER      NOT NULL,
  dim_value      VARCHAR(200) NOT NULL,
  sums           TEXT         NOT NULL,
  PRIMARY KEY (connector, dimension, epoch_day, dim_value)
);

-- Days whose facts changed since their rollup rows were computed.
CREATE TABLE kpi_dirty_days (
  connector      VARCHAR(100) NOT NULL,
  epoch_day      INTEGER      NOT NULL,
  PRIMARY KEY (connector, epoch_day)
);
