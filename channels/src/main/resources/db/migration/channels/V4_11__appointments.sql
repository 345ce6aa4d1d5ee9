-- The embedded calendar's appointments (es.madrid.linea.backoffice.appointments).
create table appointment (
    id              varchar(40)              not null primary key,
    idempotency_key varchar(200)             not null,
    office_id       varchar(80)              not null,
    service_id      varchar(80)              not null,
    procedure_id    varchar(120),
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    status          varchar(20)              not null,
    -- The place (desk 1..capacity) a booked appointment holds; null once cancelled, which frees it.
    desk            int,
    citizen_name    varchar(200),
    citizen_phone   varchar(40),
    conversation_id varchar(64),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);

create unique index appointment_by_key on appointment (idempotency_key);
-- No double booking, whatever the concurrency: a place at a time is held by one appointment at most. Nulls (cancelled
-- appointments) never collide, in H2 as in PostgreSQL.
create unique index appointment_place on appointment (office_id, service_id, starts_at, desk);
