/**
 * The dashboard (issue: insight), served by the bot's own HTTP server: GET /dashboard (the page),
 * GET /api/dashboard/figures (the tables as JSON) and GET /api/dashboard/figures.csv?table=… .
 * Aggregates only; see src/domain/insight/dashboard.ts.
 */
import type { Deps } from '../../app/deps.js';
import type { HttpRequestLike, HttpResult, HttpRoute } from '../../app/httpRoute.js';
import { dashboardFigures, Windows, type Window } from '../../domain/insight/dashboard.js';
import { decideAccess } from './access.js';
import { dashboardPage } from './page.js';
import { dashboardTables, periodLine, tableCsv, TableIds, type TableId } from './tables.js';
import { InsightTexts as T } from './texts.js';

export function registerInsight(deps: Deps): HttpRoute[] {
  const region = deps.config.region;
  const localMode = !deps.config.credentials;

  async function figures(req: HttpRequestLike) {
    const access = decideAccess(region, { localMode, remoteAddress: req.remoteAddress, devUser: header(req, 'x-dev-user'), gemeente: req.query.gemeente || undefined });
    if (!access.ok) {
      deps.log.info('dashboard_refused', { status: access.status });
      return { ok: false as const, result: { status: access.status, body: { error: 'refused', message: access.message } } };
    }
    const window: Window = req.query.window && req.query.window in Windows ? (req.query.window as Window) : 'kwartaal';
    const [cases, tickets] = await Promise.all([deps.store.cases.list(), access.all ? deps.store.tickets.list() : Promise.resolve(null)]);
    const f = dashboardFigures(cases, tickets, access.gemeenten, window, deps.clock.now(), region.timezone);
    return { ok: true as const, scope: access.all ? T.scopeAll : T.scopeOne(access.gemeenten[0]!), period: periodLine(f, region.timezone), tables: dashboardTables(f) };
  }

  return [
    {
      method: 'get',
      path: '/dashboard',
      handle: async () => ({ status: 200, body: dashboardPage(localMode), headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } }),
    },
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

function header(req: HttpRequestLike, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
