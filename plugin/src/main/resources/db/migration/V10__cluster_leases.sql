-- Cluster work sharing (ADR 0014): one lease per connector, renewed by the member that syncs it;
-- the epoch is the fencing token, raised whenever the lease changes hands.
CREATE TABLE connector_leases (
    connector   VARCHAR(100)             NOT NULL PRIMARY KEY,
    owner       VARCHAR(200)             NOT NULL,
    epoch       BIGINT                   NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Members' heartbeats: the live ones divide the connectors between them.
CREATE TABLE cluster_members (
    member_id  VARCHAR(200)             NOT NULL PRIMARY KEY,
    joined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen  TIMESTAMP WITH TIME ZONE NOT NULL
);
