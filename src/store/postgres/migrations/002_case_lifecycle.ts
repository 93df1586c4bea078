/**
 * The case lifecycle (src/domain/cases/lifecycle.ts): cases stored before it hold a handover status
 * only. Gives each its `stage` and `stages` history, derived exactly as `withLifecycle` in
 * src/domain/cases/case.ts derives them on read, so `list({ stage })` finds them too. A test checks
 * that both give the same result for every kind of stored case.
 */
export const sql = `
UPDATE cases
SET data = data || jsonb_build_object('stages', s.stages, 'stage', s.stages -> (jsonb_array_length(s.stages) - 1) ->> 'stage'),
    version = version + 1,
    updated_at = now()
FROM (
  SELECT id,
    jsonb_build_array(jsonb_build_object('stage', 'overdracht', 'at', data ->> 'receivedAt'))
    || CASE WHEN data ->> 'status' = 'returned' AND data ? 'returned'
         THEN jsonb_build_array(jsonb_build_object('stage', 'werkvoorraad', 'at', data #>> '{returned,at}'))
         ELSE '[]'::jsonb END
    || CASE WHEN data ->> 'status' = 'confirmed' AND data ? 'confirmation'
         THEN jsonb_build_array(jsonb_build_object('stage', 'monitoring', 'at', data #>> '{confirmation,at}'))
           || CASE
                WHEN data #>> '{monitoring,answeredAt}' IS NOT NULL AND data #>> '{monitoring,answer}' = 'geborgd'
                  THEN jsonb_build_array(jsonb_build_object('stage', 'afgesloten', 'at', data #>> '{monitoring,answeredAt}'))
                WHEN data #>> '{monitoring,answeredAt}' IS NOT NULL AND data #>> '{monitoring,answer}' = 'nieuwe-zorgen'
                  THEN jsonb_build_array(jsonb_build_object('stage', 'werkvoorraad', 'at', data #>> '{monitoring,answeredAt}'))
                ELSE '[]'::jsonb END
         ELSE '[]'::jsonb END AS stages
  FROM cases
  WHERE NOT data ? 'stage'
) s
WHERE cases.id = s.id;
`;
