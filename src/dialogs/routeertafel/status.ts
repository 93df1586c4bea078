import type { Deps } from '../../app/deps.js';
import { REMINDER_LEVEL } from '../../domain/cases/case.js';
import { may } from '../../domain/roles.js';
import type { StatusProvider } from '../../app/extensions.js';
import { RouteertafelTexts as T } from './texts.js';
import { whenLabel } from './views.js';

const MAX_LINES = 40;

/**
 * Lines for `status`: open handovers escalated beyond the reminder, oldest first. Veilig Thuis
 * (coordinators, advisors, its channel) sees all gemeenten; a gemeente channel only its own.
 */
export function escalationStatus(deps: Deps): StatusProvider {
  return async (viewer) => {
    const seesAll = may(deps.config.region, viewer.aadObjectId, 'view-figures') || viewer.link?.kind === 'veilig-thuis';
    const gemeente = viewer.link?.kind === 'gemeente' ? viewer.link.gemeente : undefined;
    if (!seesAll && !gemeente) return [];
    const escalated = (await deps.store.cases.list(seesAll ? { status: 'open' } : { status: 'open', gemeente }))
      .map((c) => ({ c, last: c.escalations.filter((e) => e.level !== REMINDER_LEVEL).at(-1) }))
      .filter((x): x is { c: typeof x.c; last: NonNullable<typeof x.last> } => x.last !== undefined)
      .sort((a, b) => a.last.at.localeCompare(b.last.at) || a.c.reference.localeCompare(b.c.reference));
    if (escalated.length === 0) return [T.statusNone];
    const tz = deps.config.region.timezone;
    const lines = escalated.slice(0, MAX_LINES).map(({ c, last }) => T.statusLine(c.reference, c.gemeente, last.level, whenLabel(last.at, tz)));
    if (escalated.length > MAX_LINES) lines.push(T.statusMore(escalated.length - MAX_LINES));
    return [T.statusHeader(escalated.length), ...lines];
  };
}
