-- The conversation event log (bot-core). Versions 1.x belong to bot-core; other modules own 2.x (knowledge-base),
-- 3.x (handoff) and 4.x (channels and the application), so migrations of different modules never collide.
create table conversation (
    id          varchar(64)              not null primary key,
    channel     varchar(20)              not null,
    citizen_key varchar(128),
    created_at  timestamp with time zone not null,
    last_seq    bigint                   not null
);

create index conversation_by_citizen on conversation (citizen_key, created_at);

create table conversation_event (
    conversation_id varchar(64)              not null references conversation (id),
    seq             bigint                   not null,
    type            varchar(40)              not null,
    at              timestamp with time zone not null,
    message_id      varchar(128),
    payload         varchar                  not null,
    primary key (conversation_id, seq)
);

-- Idempotency lives in the database: one user message id per conversation, however many instances run.
create unique index conversation_event_message on conversation_event (conversation_id, message_id);
