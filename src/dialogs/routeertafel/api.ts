/**
 * POST /api/cases: Veilig Thuis's registration system hands a case over. Bearer token, JSON body
 * with the API field names, idempotent on `reference`. See README "Intake-API".
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Deps } from '../../app/deps.js';
import type { CaseListener } from '../../app/extensions.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import type { HttpResult, HttpRoute } from '../../app/httpRoute.js';
import { intakeCase } from './intake.js';
import { ApiTexts } from './texts.js';

export function casesApiRoute(deps: Deps, onCreated: CaseListener): HttpRoute {
  return {
    method: 'post',
    path: '/api/cases',
    async handle(req) {
      const token = deps.config.intakeApiToken;
      if (!token) return json(503, { error: 'intake_api_disabled', message: ApiTexts.disabled });
      if (!bearerMatches(req.headers.authorization, token)) {
        deps.log.warn('case_api_unauthorized', {});
        return { ...json(401, { error: 'unauthorized', message: ApiTexts.unauthorized }), headers: { 'WWW-Authenticate': 'Bearer' } };
      }
      const outcome = await intakeCase({ ...deps, region: deps.config.region, onCreated }, req.body, 'api', 'api');
      deps.log.info('case_api_intake', { outcome: outcome.kind, problems: outcome.kind === 'invalid' ? outcome.problems.length : 0 });
      switch (outcome.kind) {
        case 'invalid':
          return json(400, { error: 'invalid_case', message: ApiTexts.invalid, problems: outcome.problems });
        case 'conflict':
          return json(409, { error: 'reference_conflict', message: ApiTexts.conflict(outcome.case.reference), case: publicCase(outcome.case) });
        case 'existing':
          return json(200, { message: ApiTexts.existing, case: publicCase(outcome.case) });
        case 'created':
          return json(201, { message: ApiTexts.created, case: publicCase(outcome.case) });
      }
    },
  };
}

function json(status: number, body: Record<string, unknown>): HttpResult {
  return { status, body };
}

/** What the API answers about a case: its place in the process, not its content. */
function publicCase(c: HandoverCase) {
  return { reference: c.reference, gemeente: c.gemeente, tableWeek: c.tableWeek, status: c.status, receivedAt: c.receivedAt, source: c.source };
}

function bearerMatches(header: string | string[] | undefined, token: string): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  const m = /^Bearer\s+(.+)$/i.exec(value?.trim() ?? '');
  if (!m) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(m[1]!.trim()), digest(token));
}
