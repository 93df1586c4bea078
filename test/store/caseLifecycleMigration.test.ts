/**
 * Cases written before the case lifecycle (status only, as main wrote them until December 2026) load
 * in both stores at the stage they were in, with every field they had and a history rebuilt from
 * their own instants; PostgreSQL migration 002 and the read-side derivation agree on every kind.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withLifecycle, type HandoverCase } from '../../src/domain/cases/case.js';
import { Database } from '../../src/store/postgres/database.js';
import { migrate } from '../../src/store/postgres/migrate.js';
import { migrations } from '../../src/store/postgres/migrations/index.js';
import { createPostgresStore } from '../../src/store/postgres/postgresStore.js';
import { createLowdbStore } from '../../src/store/lowdb/lowdbStore.js';
import { SCHEMA_VERSION } from '../../src/store/lowdb/journaledFile.js';
import { anIntake } from '../domain/cases/fixtures.js';
import { describePostgres, dropSchema, freshSchema, sql } from './postgresTestDb.js';

const confirmation = { byAadId: 'aad-h', byName: 'Consulent', casusregisseur: 'Wijkteam', betrokkenenGeinformeerd: true, at: '2026-11-25T09:00:00.000Z' };
const asked = { dueAt: '2027-01-06T09:00:00.000Z', askedAt: '2027-01-06T09:00:00.000Z' };

/** One case of each kind, exactly in the shape the store held before the lifecycle. */
const before: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries({
    open: { status: 'open', escalations: [{ level: 'reminder', at: '2026-11-27T08:30:00.000Z' }] },
    returned: { status: 'returned', returned: { byAadId: 'aad-h', byName: 'Consulent', reason: 'Past niet bij het lokale team', at: '2026-11-24T11:00:00.000Z' } },
    confirmed: { status: 'confirmed', confirmation },
    geborgd: { status: 'confirmed', confirmation, monitoring: { ...asked, answer: 'geborgd', veiligheidsdoelenInPlan: true, answeredAt: '2027-01-07T10:00:00.000Z', byAadId: 'aad-h' } },
    zorgen: { status: 'confirmed', confirmation, monitoring: { ...asked, answer: 'nieuwe-zorgen', veiligheidsdoelenInPlan: false, answeredAt: '2027-01-07T10:00:00.000Z', byAadId: 'aad-h' } },
    loopt: { status: 'confirmed', confirmation, monitoring: { ...asked, answer: 'loopt-nog', veiligheidsdoelenInPlan: false, answeredAt: '2027-01-07T10:00:00.000Z', byAadId: 'aad-h' } },
  }).map(([kind, extra]) => {
    const reference = `VT-OLD-${kind}`;
    return [reference, { ...anIntake({ reference }), receivedAt: '2026-11-20T09:00:00.000Z', source: 'api', tableWeek: '2026-W48', escalations: [], version: 3, ...extra }];
  }),
);

const expectedStage: Record<string, HandoverCase['stage']> = {
  'VT-OLD-open': 'overdracht',
  'VT-OLD-returned': 'werkvoorraad',
  'VT-OLD-confirmed': 'monitoring',
  'VT-OLD-geborgd': 'afgesloten',
  'VT-OLD-zorgen': 'werkvoorraad',
  'VT-OLD-loopt': 'monitoring',
};

function expectLoadedWithoutLoss(loaded: HandoverCase | undefined, reference: string): void {
  expect(loaded).toMatchObject(before[reference]!); // every field it had, unchanged
  expect(loaded?.stage).toBe(expectedStage[reference]);
  expect(loaded?.stages[0]).toEqual({ stage: 'overdracht', at: '2026-11-20T09:00:00.000Z' });
}

describe('a lowdb store written before the case lifecycle', () => {
  it('loads every case at the stage it was in, without losing a field, and finds them by stage', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vt-lifecycle-'));
    await writeFile(path.join(dir, 'cases.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, collection: 'cases', records: before }));
    const store = await createLowdbStore(dir);
    try {
      for (const reference of Object.keys(before)) expectLoadedWithoutLoss(await store.cases.get(reference), reference);
      expect((await store.cases.list({ stage: 'werkvoorraad' })).map((c) => c.reference).sort()).toEqual(['VT-OLD-returned', 'VT-OLD-zorgen']);
    } finally {
      await store.close();
    }
    const reopened = await createLowdbStore(dir); // written back with the lifecycle on close
    try {
      expect(await reopened.cases.get('VT-OLD-geborgd')).toEqual(withLifecycle(before['VT-OLD-geborgd']));
    } finally {
      await reopened.close();
    }
  });
});

describePostgres('a PostgreSQL store written before the case lifecycle', (url) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('migrates every case to the stage it was in, as the lowdb store reads it, and finds them by stage', async () => {
    const schema = freshSchema();
    cleanups.push(() => dropSchema(url, schema));
    const db = new Database(url, schema, { poolSize: 1 });
    try {
      await migrate(db, migrations.filter((m) => m.version === 1));
    } finally {
      await db.close();
    }
    for (const [reference, data] of Object.entries(before)) {
      await sql(url, `INSERT INTO "${schema}".cases (id, data) VALUES ($1, $2)`, [reference, JSON.stringify(data)]);
    }
    const store = await createPostgresStore(url, { schema }); // applies 002
    cleanups.push(() => store.close());
    for (const reference of Object.keys(before)) {
      const loaded = await store.cases.get(reference);
      expectLoadedWithoutLoss(loaded, reference);
      expect(loaded).toEqual(withLifecycle(before[reference]));
    }
    const stored = await sql<{ data: HandoverCase }>(url, `SELECT data FROM "${schema}".cases WHERE id = 'VT-OLD-zorgen'`);
    expect(stored[0]?.data.stage).toBe('werkvoorraad'); // in the row itself, not only on read
    expect((await store.cases.list({ stage: 'monitoring' })).map((c) => c.reference).sort()).toEqual(['VT-OLD-confirmed', 'VT-OLD-loopt']);
  });
});
