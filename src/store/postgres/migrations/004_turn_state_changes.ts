/**
 * Every change to a turn_state row is announced on the channel `vt_turn_state` as `schema:id`
 * (`schema:*` for a TRUNCATE), so each instance can drop its cached copy (see turnStateCache.ts).
 * A trigger rather than a NOTIFY in the code: whatever writes the table, a bot instance, a script or
 * a person with psql, is announced. NOTIFY is delivered at commit, and not at all on rollback.
 */
export const sql = `
CREATE FUNCTION turn_state_announce_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('vt_turn_state', TG_TABLE_SCHEMA || ':' || COALESCE(NEW.id, OLD.id));
  RETURN NULL;
END $$;

CREATE FUNCTION turn_state_announce_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('vt_turn_state', TG_TABLE_SCHEMA || ':*');
  RETURN NULL;
END $$;

CREATE TRIGGER turn_state_changed AFTER INSERT OR UPDATE OR DELETE ON turn_state
  FOR EACH ROW EXECUTE FUNCTION turn_state_announce_row();
CREATE TRIGGER turn_state_truncated AFTER TRUNCATE ON turn_state
  FOR EACH STATEMENT EXECUTE FUNCTION turn_state_announce_all();
`;
