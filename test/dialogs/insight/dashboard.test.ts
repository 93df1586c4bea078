import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../helpers/testBot.js';
import { Users } from '../../helpers/activities.js';
import { MARK, markedCase, seedDashboard } from './seed.js';
import { runningClock } from '../routeertafel/helpers.js';

describe('the dashboard, over HTTP in local mode', () => {
  const clock = runningClock('2026-12-02T12:00:00Z');
  let t: TestBot;
  const get = async (path: string, user?: string) => {
    const res = await fetch(`${t.url}${path}`, { headers: user ? { 'X-Dev-User': user } : {} });
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  };

  beforeAll(async () => {
    t = await startTestBot({ clock });
    await seedDashboard(t.store);
  });
  afterAll(async () => t?.stop());

  it('refuses figures without a sign-in, and all gemeenten to anyone but a coordinator', async () => {
    expect((await get('/api/dashboard/figures')).status).toBe(401);
    const notCoordinator = await get('/api/dashboard/figures', Users.casusregisseur.aadObjectId);
    expect(notCoordinator.status).toBe(403);
    expect(JSON.parse(notCoordinator.text).message).toContain('alleen de cijfers van je eigen gemeente');
    expect((await get('/api/dashboard/figures?gemeente=Venlo', Users.casusregisseur.aadObjectId)).status).toBe(404);
  });

  it('gives a coordinator every gemeente, with the small ones suppressed, and the advice figures', async () => {
    const res = await get('/api/dashboard/figures?window=maand', Users.coordinator.aadObjectId);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text);
    const handovers = body.tables.find((x: { id: string }) => x.id === 'handovers');
    expect(handovers.rows.find((r: string[]) => r[0] === 'Heerlen')).toEqual(['Heerlen', '6', '0', '3', '2', '100%', '100%', '0']);
    expect(handovers.rows.find((r: string[]) => r[0] === 'Maastricht')).toEqual(['Maastricht', '< 5', '0', '–', '–', '–', '–', '0']);
    expect(handovers.rows).toHaveLength(16);
    expect(body.tables.find((x: { id: string }) => x.id === 'advice').rows[0]).toEqual(['Vandaag', '6', '30', '60']);
    expect(body.tables.find((x: { id: string }) => x.id === 'advice').rows[2]).toEqual(['Sector: Onderwijs', '6', '30', '60']);
    expect(body.tables.find((x: { id: string }) => x.id === 'escalations').columns[0]).toBe('Gemeente');
    expect(body.tables.find((x: { id: string }) => x.id === 'trend').rows.at(-2)).toEqual(['november 2026', '7', '7', '0', '0']);
    const distribution = body.tables.find((x: { id: string }) => x.id === 'distribution');
    expect(distribution.rows).toEqual([['0 tot en met 7', '7', '7'], ['8 tot en met 14', '0', '0'], ['15 tot en met 28', '0', '0'], ['29 tot en met 56', '0', '0'], ['57 of meer', '0', '0']]);
    const weeks = body.tables.find((x: { id: string }) => x.id === 'weeks').rows;
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)[0]).toBe('week 49, 2026');
    expect(weeks.find((r: string[]) => r[0] === 'week 46, 2026')).toEqual(['week 46, 2026', '7', '7', '0', '0']);
    expect(weeks.find((r: string[]) => r[0] === 'week 47, 2026')).toEqual(['week 47, 2026', '0', '0', '0', '0']);
  });

  it('gives a gemeente tab only its own gemeente, without the advice figures', async () => {
    const body = JSON.parse((await get('/api/dashboard/figures?gemeente=heerlen', Users.casusregisseur.aadObjectId)).text);
    expect(body.scope).toBe('Gemeente Heerlen');
    expect(body.tables.map((x: { id: string }) => x.id)).toEqual(['handovers', 'distribution', 'now', 'trend', 'weeks', 'escalations', 'outcomes', 'triage', 'lessons']);
    expect(body.tables[0].rows.map((r: string[]) => r[0])).toEqual(['Heerlen']);
  });

  it('exports every table as CSV', async () => {
    const csv = await get('/api/dashboard/figures.csv?window=maand&table=handovers', Users.coordinator.aadObjectId);
    expect(csv.type).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toBe('Gemeente;Overgedragen;Teruggegeven;Melding tot overdracht (mediaan, dagen);Overdracht tot bevestiging (mediaan, dagen);Binnen 7 dagen bevestigd;Warme overdracht;Opgeschaald voorbij de eerste trede');
    expect((await get('/api/dashboard/figures.csv?table=nope', Users.coordinator.aadObjectId)).status).toBe(404);
  });

  it('never lets any free text of a case or a ticket out: not in the page, the figures or any CSV', async () => {
    const seen = [await get('/dashboard'), await get('/api/dashboard/figures?window=jaar', Users.coordinator.aadObjectId)];
    for (const table of ['handovers', 'distribution', 'now', 'trend', 'weeks', 'escalations', 'outcomes', 'triage', 'advice', 'lessons']) seen.push(await get(`/api/dashboard/figures.csv?window=jaar&table=${table}`, Users.coordinator.aadObjectId));
    expect(seen.every((r) => r.status === 200)).toBe(true);
    for (const r of seen) expect(r.text).not.toContain(MARK);
  });

  it('answers at once from the last figures while it computes new ones, so they are at most about a minute behind', async () => {
    const heerlen = async () => JSON.parse((await get('/api/dashboard/figures?window=maand&gemeente=heerlen', Users.casusregisseur.aadObjectId)).text).tables[0].rows[0];
    expect((await heerlen())[1]).toBe('6');
    const late = markedCase('H20', 'Heerlen', 20);
    await t.store.cases.put(late.reference, late);
    expect((await heerlen())[1]).toBe('6');
    clock.advance(61_000);
    expect((await heerlen())[1]).toBe('6');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await heerlen())[1]).toBe('7');
  });
});
