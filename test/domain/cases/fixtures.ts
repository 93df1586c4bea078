import { RegionSchema, type Region } from '../../../src/domain/region.js';
import { withLifecycle, type HandoverCase } from '../../../src/domain/cases/case.js';
import type { CaseIntake } from '../../../src/domain/cases/intake.js';

export const ZUID_LIMBURG_GEMEENTEN = [
  'Beek', 'Beekdaelen', 'Brunssum', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Heerlen', 'Kerkrade', 'Landgraaf',
  'Maastricht', 'Meerssen', 'Simpelveld', 'Sittard-Geleen', 'Stein', 'Vaals', 'Valkenburg aan de Geul', 'Voerendaal',
];

/** Dutch public holidays around the dates the tests use. */
export const HOLIDAYS_2026 = ['2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26'];

/** Zuid-Limburg with the schema defaults: agenda Monday 08:30, table Tuesday 10:00, Europe/Amsterdam. */
export function testRegion(overrides: Record<string, unknown> = {}): Region {
  return RegionSchema.parse({
    name: 'Zuid-Limburg',
    gemeenten: ZUID_LIMBURG_GEMEENTEN.map((name) => ({ name })),
    roles: { coordinators: ['aad-coordinator'], advisors: ['aad-advisor'] },
    holidays: HOLIDAYS_2026,
    ...overrides,
  });
}

export function anIntake(overrides: Partial<CaseIntake> = {}): CaseIntake {
  return {
    reference: 'VT-2026-00123',
    gemeente: 'Heerlen',
    route: 'directe-overdracht',
    urgent: false,
    meldingOn: '2026-11-16',
    beoordeeldOn: '2026-11-19',
    summary: 'Zorgen over spanningen tussen ouders; veiligheidsvoorwaarden afgesproken, hulp via wijkteam gewenst.',
    veiligheidsplan: true,
    betrokkenenGeinformeerd: true,
    vtContact: 'Medewerker frontoffice VT',
    ...overrides,
  };
}

/**
 * An open case on the table of week 48 (Tuesday 24 November 2026). Without a `stage` in the overrides,
 * the stage and its history follow from the status, as for a case stored before the lifecycle.
 */
export function aCase(overrides: Partial<HandoverCase> = {}): HandoverCase {
  return withLifecycle({
    ...anIntake(),
    receivedAt: '2026-11-20T09:00:00.000Z',
    source: 'api',
    tableWeek: '2026-W48',
    status: 'open',
    escalations: [],
    version: 1,
    ...overrides,
  }) as HandoverCase;
}

export const gemeenteMedewerker = { aadId: 'aad-heerlen-1', name: 'Consulent Heerlen' };
