import { describe, expect, it } from 'vitest';
import { meldcodeFlow as def } from '../../../../src/dialogs/meldcode/flow/definition.js';
import type { WalkState } from '../../../../src/dialogs/meldcode/flow/engine.js';
import { buildVerslag, formatDutchDateTime } from '../../../../src/dialogs/meldcode/flow/verslag.js';
import { NOW, walk } from './walkHelpers.js';

const REPORT_AT = '2026-11-12T23:30:00Z'; // 13 november 00:30 in Amsterdam

/** Every text a verslag line may come from: the definition plus the verslag's fixed phrases. */
function definitionTexts(): string[] {
  const nodes = def.nodes.flatMap((n) => [n, ...Object.values(n.variants ?? {})]);
  const choices = nodes.flatMap((n) => n.choices ?? []);
  const outcomes = def.outcomes.flatMap((o) => [o, ...Object.values(o.variants ?? {})]);
  return [
    ...choices.flatMap((c) => [c.recordAs ?? '', c.label]),
    ...outcomes.flatMap((o) => [o.title ?? '', o.text ?? '', ...(o.actions ?? [])]),
    ...def.outcomes.map((o) => o.decision),
    ...nodes.map((n) => n.title ?? ''),
  ].filter(Boolean);
}

describe('buildVerslag for a finished walk', () => {
  const state = walk(def, 'onderwijs', ['no', 'no', 'injury', 'ib', 'yes', 'done', 'yes', 'yes']);
  const verslag = buildVerslag(def, state, REPORT_AT);
  const lines = verslag.sections.flatMap((s) => s.lines);

  it('has a Dutch date in Europe/Amsterdam time in the title and details', () => {
    expect(verslag.title).toBe('Verslag meldcode – 13 november 2026');
    expect(lines).toContain('Datum verslag: 13 november 2026 om 00:30');
    expect(lines).toContain('Gestart op: 12 november 2026 om 14:05');
    expect(formatDutchDateTime('2026-07-01T22:15:00Z')).toBe('2 juli 2026 om 00:15');
  });

  it('lists sector, status, every answer, the consulted role, the afwegingen, the decision and next steps', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'Sector: Onderwijs',
        'Status: afgerond',
        'Acuut gevaar: nee.',
        'Het vermoeden betreft geen medewerker van de school.',
        'Soort signaal: lichamelijk letsel.',
        'Collegiale consultatie met: intern begeleider (po).',
        'Advies Veilig Thuis: gevraagd.',
        'Gesprek met de betrokkene(n): gevoerd.',
        'Afweging 1: Vermoeden — ja, er is een vermoeden.',
        'Afweging 2: Acute of structurele onveiligheid — ja, acute en/of structurele onveiligheid.',
        'Besloten om te melden bij Veilig Thuis.',
      ]),
    );
    expect(verslag.sections.map((s) => s.heading)).toEqual([
      'Gegevens',
      'Eerst: veiligheid',
      'Stap 1 – Signalen in kaart brengen',
      'Stap 2 – Collegiale consultatie en zo nodig Veilig Thuis raadplegen',
      'Stap 3 – Gesprek met de betrokkene(n)',
      'Stap 4 – Wegen van het geweld of de kindermishandeling',
      'Besluit',
      'Vervolg',
      'Let op bij het vastleggen',
    ]);
    const next = verslag.sections.find((s) => s.heading === 'Vervolg')!.lines;
    expect(next).toEqual(def.outcomes.find((o) => o.id === 'MELDEN')!.actions);
  });

  it('says it holds no names and how to record facts, sources and interpretations', () => {
    const notes = verslag.sections.at(-1)!.lines.join(' ');
    expect(notes).toContain('geen namen');
    expect(notes).toMatch(/feiten/);
    expect(notes).toMatch(/van wie informatie van anderen komt/);
    expect(notes).toMatch(/interpretaties/);
  });

  it('renders the same content as markdown', () => {
    expect(verslag.markdown.startsWith('# Verslag meldcode – 13 november 2026\n')).toBe(true);
    expect(verslag.markdown).toContain('## Besluit\n- Besloten om te melden bij Veilig Thuis.');
    for (const line of lines) expect(verslag.markdown).toContain(`- ${line}`);
  });

  it('contains only texts from the definition apart from the details and notes', () => {
    const allowed = new Set(definitionTexts());
    const body = verslag.sections.filter((s) => !['Gegevens', 'Let op bij het vastleggen'].includes(s.heading));
    for (const line of body.flatMap((s) => s.lines)) expect(allowed, line).toContain(line);
  });
});

describe('buildVerslag for an in-progress or tampered walk', () => {
  it('marks an unfinished walk and says where to continue', () => {
    const state = walk(def, 'wijkteam', ['no', 'unknown', 'neglect', 'gw']);
    const verslag = buildVerslag(def, state, NOW);
    const lines = verslag.sections.flatMap((s) => s.lines);
    expect(lines).toContain('Status: nog niet afgerond');
    expect(lines).toContain('Kindcheck: nog na te vragen bij de cliënt.');
    expect(lines).toContain('Collegiale consultatie met: gedragswetenschapper.');
    expect(lines).toContain('Nog geen besluit: de meldcode is nog niet afgerond.');
    expect(lines).toContain('Ga verder bij: Stap 2 van 5 – Advies van Veilig Thuis.');
  });

  it('lists only the recorded outcome of "not yet, I do it now" detours', () => {
    const ids = ['no', 'yes', 'domestic', 'not-yet', 'gw', 'not-yet', 'later', 'skipped', 'contact-risk'];
    const sections = buildVerslag(def, walk(def, 'wijkteam', ids), NOW).sections;
    expect(sections.find((s) => s.heading.startsWith('Stap 2'))!.lines).toEqual([
      'Collegiale consultatie met: gedragswetenschapper.',
      'Advies Veilig Thuis: nog niet gevraagd, staat nog open.',
    ]);
    expect(sections.find((s) => s.heading.startsWith('Stap 3'))!.lines).toEqual([
      'Gesprek met de betrokkene(n): niet gevoerd vanwege een reëel risico dat het contact wordt verbroken.',
    ]);
  });

  it('works for a walk that has just started', () => {
    const verslag = buildVerslag(def, walk(def, 'anders', []), NOW);
    expect(verslag.sections.map((s) => s.heading)).toEqual(['Gegevens', 'Besluit', 'Vervolg', 'Let op bij het vastleggen']);
  });

  it('never copies text from the state into the verslag', () => {
    const freeText = 'Jan Jansen, Dorpstraat 1, Heerlen';
    const tampered: WalkState = {
      ...walk(def, 'onderwijs', ['no', 'no']),
      answers: [
        { nodeId: 'acute', choiceId: freeText },
        { nodeId: freeText, choiceId: 'no' },
      ],
    };
    const verslag = buildVerslag(def, tampered, NOW);
    expect(verslag.markdown).not.toContain('Jan Jansen');
    expect(verslag.markdown).not.toContain('Dorpstraat');
  });
});
