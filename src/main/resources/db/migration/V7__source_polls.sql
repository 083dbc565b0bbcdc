-- How each source's polls are going, shared by every node polling it (a node runs a poll only when
-- Quartz gives it the run): the last successful page, the last failure and its reason (secrets
-- redacted, never a note's content), and the runs failed since the last success. The health checks
-- of every node read it. Portable SQL, like the other migrations.
CREATE TABLE source_polls (
    system_id         VARCHAR(100)             NOT NULL,
    last_success_at   TIMESTAMP WITH TIME ZONE,
    last_failure_at   TIMESTAMP WITH TIME ZONE,
    last_reason       VARCHAR(1000),
    failures_in_a_row INTEGER                  NOT NULL,
    CONSTRAINT source_polls_pk PRIMARY KEY (system_id)
);
