import type { FlowDefinition } from './types.js';

/** The flow with the region's own steps for a suspect in the wijkteam's organisation, when configured. */
export function withRegionalRoutes(def: FlowDefinition, wijkteamColleagueRoute: string[] | undefined): FlowDefinition {
  if (!wijkteamColleagueRoute) return def;
  return {
    ...def,
    outcomes: def.outcomes.map((o) =>
      o.id === 'COLLEAGUE_OTHER' ? { ...o, variants: { ...o.variants, wijkteam: { actions: wijkteamColleagueRoute } } } : o,
    ),
  };
}
