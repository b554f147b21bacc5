-- The last periodic re-sweep of each connector (ADR 0021): when it was made and where it started
-- (from NULL: the baseline recorded when re-sweeping first ran, no sweep made).
CREATE TABLE connector_resweeps (
  connector      VARCHAR(100) NOT NULL PRIMARY KEY,
  last_sweep_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  last_sweep_from TIMESTAMP WITH TIME ZONE
);
