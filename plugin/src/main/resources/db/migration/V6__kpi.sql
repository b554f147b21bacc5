-- KPI facts: one row per ticket and per survey answer, upserted whenever the pipeline stores
-- them; reports aggregate these rows in SQL (docs/kpis.md, ADR 0011). Instants are epoch minutes
-- (BIGINT) for range filters, with the UTC day (epoch day) and month (yyyymm) for time slices.
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
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (connector, ticket_id)
);
CREATE INDEX ticket_facts_created ON ticket_facts (connector, created_minute);
CREATE INDEX ticket_facts_first_reply ON ticket_facts (connector, first_reply_minute);
CREATE INDEX ticket_facts_solved ON ticket_facts (connector, solved_minute);

CREATE TABLE ticket_fact_tags (
  connector      VARCHAR(100) NOT NULL,
  ticket_id      VARCHAR(200) NOT NULL,
  tag            VARCHAR(200) NOT NULL,
  PRIMARY KEY (connector, ticket_id, tag)
);
CREATE INDEX ticket_fact_tags_tag ON ticket_fact_tags (connector, tag);

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
CREATE INDEX survey_facts_answered ON survey_facts (connector, answered_minute);
CREATE INDEX survey_facts_ticket ON survey_facts (connector, ticket_id);
