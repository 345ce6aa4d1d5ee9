-- Appends are guarded by the log's primary key (conversation_id, seq) alone: the conversation's last_seq, which was
-- updated on every append to serve as the optimistic lock, is no longer kept.
alter table conversation drop column last_seq;
