/**
 * The first schema: one table per collection, an append-only audit log and named counters.
 * Runs with `search_path` set to the store's schema (see migrate.ts), so names are unqualified.
 *
 * Collection tables share one shape: the record as jsonb (validated by the same zod schema as
 * lowdb on every read and write), `version` counting writes, `seq` keeping insertion order for
 * `list()` (the order lowdb returns too). The GIN index (jsonb_path_ops) serves every
 * `data @> '{"field": value}'` filter of `list(where)`, whatever the field: outbox status, channel
 * active, ticket status, job status; one index per table instead of one per filtered field.
 */
export const sql = `
CREATE TABLE channels (
  id         text PRIMARY KEY,
  seq        bigint GENERATED ALWAYS AS IDENTITY,
  data       jsonb NOT NULL,
  version    bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX channels_data_idx ON channels USING gin (data jsonb_path_ops);

CREATE TABLE personal_chats (
  id         text PRIMARY KEY,
  seq        bigint GENERATED ALWAYS AS IDENTITY,
  data       jsonb NOT NULL,
  version    bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX personal_chats_data_idx ON personal_chats USING gin (data jsonb_path_ops);

-- Keyed by the VT reference: one case per reference, confirmed or returned once (row-locked update).
CREATE TABLE cases (
  id         text PRIMARY KEY,
  seq        bigint GENERATED ALWAYS AS IDENTITY,
  data       jsonb NOT NULL,
  version    bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_data_idx ON cases USING gin (data jsonb_path_ops);

-- One claim per ticket: the claim is a row-locked compare-and-set on the ticket row.
CREATE TABLE tickets (
  id         text PRIMARY KEY,
  seq        bigint GENERATED ALWAYS AS IDENTITY,
  data       jsonb NOT NULL,
  version    bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tickets_data_idx ON tickets USING gin (data jsonb_path_ops);

-- The id is the dedupe key (e.g. an agenda per gemeente per week): the primary key makes it once.
CREATE TABLE outbox (
  id         text PRIMARY KEY,
  seq        bigint GENERATED ALWAYS AS IDENTITY,
  data       jsonb NOT NULL,
  version    bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_data_idx ON outbox USING gin (data jsonb_path_ops);

-- '<job>:<due>': the scheduler's insert-if-absent on the primary key runs a due time once.
CREATE TABLE jobs (
  id         text PRIMARY KEY,
  seq        bigint GENERATED ALWAYS AS IDENTITY,
  data       jsonb NOT NULL,
  version    bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_data_idx ON jobs USING gin (data jsonb_path_ops);

-- teams-ai TurnState; only read and written by key, so no index beyond the primary key.
CREATE TABLE turn_state (
  id         text PRIMARY KEY,
  seq        bigint GENERATED ALWAYS AS IDENTITY,
  data       jsonb NOT NULL,
  version    bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_log (
  id          text PRIMARY KEY,
  seq         bigint GENERATED ALWAYS AS IDENTITY,
  data        jsonb NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_data_idx ON audit_log USING gin (data jsonb_path_ops);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE sequences (
  name  text PRIMARY KEY,
  value bigint NOT NULL
);
`;
