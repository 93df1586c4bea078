/**
 * The dashboard (issue: insight), served by the bot's own HTTP server: GET /dashboard (the page),
 * GET /api/dashboard/figures (the tables as JSON) and GET /api/dashboard/figures.csv?table=… .
 * Aggregates only; see src/domain/insight/dashboard.ts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Deps } from '../../app/deps.js';
import { asAppError } from '../../core/errors.js';
import type { HttpRequestLike, HttpResult, HttpRoute } from '../../app/httpRoute.js';
import { dashboardFigures, Windows, type Window } from '../../domain/insight/dashboard.js';
import { zonedDate } from '../../domain/calendar.js';
import { decideAccess, isLoopbackPeer } from './access.js';
import { configurePage, dashboardPage } from './page.js';
import { dashboardTables, lessonsTable, periodLine, tableCsv, TableIds, type Table, type TableId } from './tables.js';
import { InsightTexts as T } from './texts.js';

/**
 * Figures are computed at most once a minute per scope and window: at 100 000 cases a computation
 * takes a few hundred milliseconds (the embedded store) to seconds (PostgreSQL, reading every case),
 * and the figures of a dashboard do not need to be newer than that. Once a view has figures, a
 * request never waits for a new computation: it gets the last figures while the next are computed.
 */
const FIGURES_MAX_AGE_MS = 60_000;

type ComputedFigures = { scope: string; period: string; tables: Table[] };

export function registerInsight(deps: Deps): HttpRoute[] {
  const region = deps.config.region;
  const computed = new Map<string, { at: number; value: Promise<ComputedFigures>; refreshing?: Promise<ComputedFigures> }>();
  const localMode = !deps.config.credentials;

  /** Teams SSO when the bot has it; the development sign-in in local mode, on loopback; nobody otherwise. */
  async function signedIn(req: HttpRequestLike): Promise<string | undefined> {
    if (deps.identity) {
      const token = /^Bearer\s+(.+)$/i.exec(header(req, 'authorization') ?? '')?.[1];
      return token ? (await deps.identity.verify(token))?.aadObjectId : undefined;
    }
    return localMode && isLoopbackPeer(req.remoteAddress) ? header(req, 'x-dev-user')?.trim() || undefined : undefined;
  }

  async function figures(req: HttpRequestLike) {
    const access = decideAccess(region, { user: await signedIn(req), gemeente: req.query.gemeente || undefined });
    if (!access.ok) {
      deps.log.info('dashboard_refused', { status: access.status });
      return { ok: false as const, result: { status: access.status, body: { error: 'refused', message: access.message } } };
    }
    const window: Window = req.query.window && req.query.window in Windows ? (req.query.window as Window) : 'kwartaal';
    const key = `${access.all ? '*' : access.gemeenten[0]}|${window}`;
    const now = deps.clock.now().getTime();
    let cached = computed.get(key);
    if (!cached) {
      cached = { at: now, value: compute(access, window) };
      computed.set(key, cached);
      cached.value.catch(() => computed.delete(key));
    } else if (now - cached.at > FIGURES_MAX_AGE_MS && !cached.refreshing) {
      const current = cached;
      const next = compute(access, window);
      current.refreshing = next;
      next.then(
        () => computed.set(key, { at: deps.clock.now().getTime(), value: next }),
        (err: unknown) => {
          current.refreshing = undefined;
          deps.log.warn('dashboard_refresh_failed', { code: asAppError(err).code });
        },
      );
    }
    return { ok: true as const, ...(await cached.value) };
  }

  async function compute(access: { gemeenten: string[]; all: boolean }, window: Window) {
    const [cases, tickets, evaluations] = await Promise.all([
      access.all ? deps.store.cases.list() : deps.store.cases.list({ gemeente: access.gemeenten[0]! }),
      access.all ? deps.store.tickets.list() : Promise.resolve(null),
      access.all ? deps.store.evaluations.list() : deps.store.evaluations.list({ gemeente: access.gemeenten[0]! }),
    ]);
    const f = dashboardFigures(cases, tickets, access.gemeenten, window, deps.clock.now(), region.timezone, region.routeertafel.escalationLadder.map((r) => r.level));
    return { scope: access.all ? T.scopeAll : T.scopeOne(access.gemeenten[0]!), period: periodLine(f, region.timezone), tables: [...dashboardTables(f), lessonsTable(evaluations, zonedDate(deps.clock.now(), region.timezone))] };
  }

  return [
    {
      method: 'get',
      path: '/dashboard',
      handle: async () => ({ status: 200, body: dashboardPage(localMode ? 'development' : deps.identity ? 'teams' : 'unavailable'), headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } }),
    },
    {
      method: 'get',
      path: '/dashboard/configure',
      handle: async () => ({ status: 200, body: configurePage(region.gemeenten.map((g) => g.name)), headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
    },
    ...(['teams', 'chart'] as const).map(
      (name): HttpRoute => ({
        method: 'get',
        path: `/dashboard/${name}.js`,
        handle: async () => ({ status: 200, body: await script(name), headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=86400' } }),
      }),
    ),
    {
      method: 'get',
      path: '/api/dashboard/figures',
      async handle(req): Promise<HttpResult> {
        const r = await figures(req);
        if (!r.ok) return r.result;
        return { status: 200, body: { scope: r.scope, period: r.period, note: T.suppressedNote, tables: r.tables }, headers: { 'Cache-Control': 'no-store' } };
      },
    },
    {
      method: 'get',
      path: '/api/dashboard/figures.csv',
      async handle(req): Promise<HttpResult> {
        const r = await figures(req);
        if (!r.ok) return r.result;
        const table = TableIds.includes(req.query.table as TableId) ? r.tables.find((t) => t.id === req.query.table) : undefined;
        if (!table) return { status: 404, body: { error: 'unknown_table', message: T.unknownTable } };
        return {
          status: 200,
          body: `\uFEFF${tableCsv(table)}`,
          headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${table.id}.csv"`, 'Cache-Control': 'no-store' },
        };
      },
    },
  ];
}

const require = createRequire(import.meta.url);
/** Browser scripts bundled with the bot (no CDN), read once each: teams-js and Chart.js (its UMD build). */
const Scripts = {
  teams: () => require.resolve('@microsoft/teams-js'),
  chart: () => path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'),
};
const scriptSources = new Map<keyof typeof Scripts, Promise<Buffer>>();
function script(name: keyof typeof Scripts): Promise<Buffer> {
  if (!scriptSources.has(name)) scriptSources.set(name, readFile(Scripts[name]()));
  return scriptSources.get(name)!;
}

function header(req: HttpRequestLike, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
