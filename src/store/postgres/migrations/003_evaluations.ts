/** The joint evaluations of casuïstiek (src/domain/evaluation): a collection table like the others. */
export const sql = `
CREATE TABLE evaluations (
  id         text PRIMARY KEY,
  seq        bigint GENERATED ALWAYS AS IDENTITY,
  data       jsonb NOT NULL,
  version    bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evaluations_data_idx ON evaluations USING gin (data jsonb_path_ops);
`;
