-- The cluster module: every application node writes a heartbeat here, so the administrator sees
-- which nodes run, since when, which version, and which database role each one talks to.
create schema cluster;

create table cluster.node (
    node_id          text primary key,
    host             text not null,
    version          text not null,
    started_at       timestamp with time zone not null,
    last_seen_at     timestamp with time zone not null,
    stopped_at       timestamp with time zone,
    -- pg_is_in_recovery() of the database this node writes to, and of its read replica if any.
    primary_in_recovery  boolean not null,
    replica_in_recovery  boolean
);
