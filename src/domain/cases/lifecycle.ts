/**
 * One case lifecycle, from melding to afgesloten (the six process steps of the samenwerkingsafspraken,
 * seed 003):
 *
 *   melding ──triage──▶ werkvoorraad (Veilig Thuis acts first) ──▶ overdracht (routeertafel)
 *      │                     ▲   │                                   │ bevestigd      │ teruggegeven
 *      │                     │   └──▶ afgesloten / raad              ▼                ▼
 *      └──▶ overdracht       └──────────────── nieuwe zorgen ◀── monitoring      werkvoorraad
 *                                                                    │ geborgd
 *                                                                    ▼
 *                                                                afgesloten
 *
 * `raad` is the melding at the Raad voor de Kinderbescherming, a step of its own. Pure: no store, no clock.
 */
export const CaseStages = ['melding', 'werkvoorraad', 'overdracht', 'monitoring', 'afgesloten', 'raad'] as const;
export type CaseStage = (typeof CaseStages)[number];

/** What Veilig Thuis does while a case is in its werkvoorraad (processtappen 1, 3 and 4; and a joint approach). */
export const VtSteps = ['veiligheidsbeoordeling', 'voorwaarden-en-vervolg', 'onderzoek', 'gezamenlijke-aanpak'] as const;
export type VtStep = (typeof VtSteps)[number];

/** The stages a case may be in when it is taken in (card, API, CSV). */
export const IntakeStages = ['melding', 'werkvoorraad', 'overdracht'] as const satisfies readonly CaseStage[];
export type IntakeStage = (typeof IntakeStages)[number];

const allowed: Record<CaseStage, readonly CaseStage[]> = {
  melding: ['werkvoorraad', 'overdracht', 'afgesloten', 'raad'],
  // werkvoorraad → werkvoorraad: Veilig Thuis moves on to its next step.
  werkvoorraad: ['werkvoorraad', 'overdracht', 'afgesloten', 'raad'],
  overdracht: ['monitoring', 'werkvoorraad'],
  monitoring: ['werkvoorraad', 'afgesloten', 'raad'],
  raad: ['werkvoorraad', 'afgesloten'],
  afgesloten: [],
};

export function mayMove(from: CaseStage, to: CaseStage): boolean {
  return allowed[from].includes(to);
}

/** One entry of a case's stage history: when it entered the stage (and Veilig Thuis's step, in the werkvoorraad). */
export interface StageEntry {
  stage: CaseStage;
  at: string;
  vtStep?: VtStep;
}

interface Staged {
  stage: CaseStage;
  vtStep?: VtStep;
  stages: StageEntry[];
}

/** When the case last entered `stage`, if it ever did. */
export function enteredAt(c: { stages: readonly StageEntry[] }, stage: CaseStage): string | undefined {
  for (let k = c.stages.length - 1; k >= 0; k--) if (c.stages[k]!.stage === stage) return c.stages[k]!.at;
  return undefined;
}

/**
 * The case in its next stage, with the move in its history. Throws on a move the lifecycle does not
 * have: callers decide which move a click means, so an illegal one is a bug, not a user error.
 */
export function moveTo<C extends Staged>(c: C, to: CaseStage, at: string, vtStep?: VtStep): C {
  if (!mayMove(c.stage, to)) throw new RangeError(`a case cannot move from ${c.stage} to ${to}`);
  const { vtStep: _previous, ...rest } = c;
  const entry: StageEntry = vtStep ? { stage: to, at, vtStep } : { stage: to, at };
  return { ...rest, stage: to, ...(vtStep ? { vtStep } : {}), stages: [...c.stages, entry] } as C;
}
