-- Orders sent to external back-office systems (Open311 alerts, Qmatic appointments), kept under the caller's
-- idempotency key: what was asked, where it stands, and the system's answer. A request the system did not answer is
-- retried from here in the background, and never sent twice under the same key.
create table backoffice_request (
    id              varchar(40)              not null primary key,
    kind            varchar(40)              not null,
    idempotency_key varchar(240)             not null,
    conversation_id varchar(64),
    payload         varchar(8000)            not null,
    -- sending | pending | done | failed | review (a person takes it over)
    state           varchar(20)              not null,
    -- true when a send may have reached the system: it is reconciled before any new send
    uncertain       boolean                  not null,
    attempts        int                      not null,
    next_attempt_at timestamp with time zone,
    claimed_until   timestamp with time zone,
    reference       varchar(120),
    -- for failed requests: why, as a Failure name (REJECTED, SLOT_TAKEN...)
    failure         varchar(30),
    result          varchar(8000),
    last_error      varchar(500),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);

create unique index backoffice_request_by_key on backoffice_request (kind, idempotency_key);
create index backoffice_request_due on backoffice_request (state, next_attempt_at);
create index backoffice_request_by_reference on backoffice_request (kind, reference);
