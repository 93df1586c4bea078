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
  const state = walk(def, 'onderwijs', ['no', 'home', 'injury', 'ib', 'yes', 'done', 'yes', 'yes']);
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
        'Je gaf aan dat er geen acuut gevaar was.',
        'Je gaf aan dat je zorg gaat over de thuissituatie van een kind of volwassene.',
        'Je gaf als signaal aan: lichamelijk letsel.',
        'Je gaf aan dat je de signalen besprak met: intern begeleider (po).',
        'Je gaf aan dat je Veilig Thuis om advies hebt gevraagd.',
        'Je gaf aan dat het gesprek met de betrokkene(n) gevoerd is.',
        'Afweging 1: Vermoeden — je gaf aan: ja, er is een vermoeden.',
        'Afweging 2: Acute of structurele onveiligheid — je gaf aan: ja, acute en/of structurele onveiligheid.',
        'Uitkomst van je afwegingen: melden bij Veilig Thuis.',
      ]),
    );
    expect(verslag.sections.map((s) => s.heading)).toEqual([
      'Gegevens',
      'Eerst: veiligheid',
      'Stap 1 – Signalen in kaart brengen',
      'Stap 2 – Collegiale consultatie en zo nodig Veilig Thuis raadplegen',
      'Stap 3 – Gesprek met de betrokkene(n)',
      'Stap 4 – Wegen van het geweld of de kindermishandeling',
      'Uitkomst en advies',
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

  it('renders the same content as plain text to copy', () => {
    expect(verslag.text.startsWith('Verslag meldcode – 13 november 2026\n')).toBe(true);
    expect(verslag.text).toContain('UITKOMST EN ADVIES\n- Uitkomst van je afwegingen: melden bij Veilig Thuis.');
    for (const line of lines) expect(verslag.text).toContain(`- ${line}`);
    expect(verslag.text).not.toMatch(/[#*]/);
  });

  it('contains only texts from the definition apart from the details and notes', () => {
    const allowed = new Set(definitionTexts());
    const body = verslag.sections.filter((s) => !['Gegevens', 'Let op bij het vastleggen'].includes(s.heading));
    for (const line of body.flatMap((s) => s.lines)) expect(allowed, line).toContain(line);
  });
});

describe('buildVerslag for an in-progress or tampered walk', () => {
  it('marks an unfinished walk and says where to continue', () => {
    const state = walk(def, 'wijkteam', ['no', 'home', 'unknown', 'neglect', 'gw']);
    const verslag = buildVerslag(def, state, NOW);
    const lines = verslag.sections.flatMap((s) => s.lines);
    expect(lines).toContain('Status: nog niet afgerond');
    expect(lines).toContain('Kindcheck, je gaf aan: nog niet bekend; na te vragen bij de cliënt.');
    expect(lines).toContain('Je gaf aan dat je de signalen besprak met: gedragswetenschapper.');
    expect(lines).toContain('Nog geen besluit: de meldcode is nog niet afgerond.');
    expect(lines).toContain('Ga verder bij: Stap 2 van 5 – Advies van Veilig Thuis.');
  });

  it('lists only the recorded outcome of "not yet, I do it now" detours', () => {
    const ids = ['no', 'home', 'yes', 'domestic', 'not-yet', 'gw', 'not-yet', 'later', 'skipped', 'contact-risk'];
    const sections = buildVerslag(def, walk(def, 'wijkteam', ids), NOW).sections;
    expect(sections.find((s) => s.heading.startsWith('Stap 2'))!.lines).toEqual([
      'Je gaf aan dat je de signalen besprak met: gedragswetenschapper.',
      'Je gaf aan dat je Veilig Thuis nog niet om advies vroeg; dat staat nog open.',
    ]);
    expect(sections.find((s) => s.heading.startsWith('Stap 3'))!.lines).toEqual([
      'Je gaf aan dat je het gesprek met de betrokkene(n) niet voert vanwege een reëel risico dat het contact wordt verbroken.',
    ]);
  });

  it('works for a walk that has just started', () => {
    const verslag = buildVerslag(def, walk(def, 'anders', []), NOW);
    expect(verslag.sections.map((s) => s.heading)).toEqual(['Gegevens', 'Uitkomst en advies', 'Vervolg', 'Let op bij het vastleggen']);
  });

  it('never copies text from the state into the verslag', () => {
    const freeText = 'Jan Jansen, Dorpstraat 1, Heerlen';
    const tampered: WalkState = {
      ...walk(def, 'onderwijs', ['no', 'home']),
      answers: [
        { nodeId: 'acute', choiceId: freeText },
        { nodeId: freeText, choiceId: 'no' },
      ],
    };
    const verslag = buildVerslag(def, tampered, NOW);
    expect(verslag.text).not.toContain('Jan Jansen');
    expect(verslag.text).not.toContain('Dorpstraat');
  });
});

describe('a true verslag', () => {
  it('records acute danger as what the professional said, with the advice, never as an action taken', () => {
    const lines = buildVerslag(def, walk(def, 'onderwijs', ['yes']), NOW).sections.flatMap((s) => s.lines);
    expect(lines).toContain('Je gaf aan dat er acuut gevaar was; advies: bel 112 en daarna Veilig Thuis.');
  });

  it('no line of the definition says that Veilig Thuis, 112 or the parents were reached unless the professional said so', () => {
    const claims = definitionTexts().filter((t) => /ingeschakeld|overlegd met Veilig Thuis|gebeld|ingelicht/i.test(t));
    const recordLines = def.nodes
      .flatMap((n) => [n, ...Object.values(n.variants ?? {})])
      .flatMap((n) => n.choices ?? [])
      .map((c) => c.recordAs ?? '')
      .concat(def.outcomes.map((o) => o.decision));
    expect(recordLines.filter((l) => claims.includes(l))).toEqual([]);
    expect(recordLines.filter((l) => l && !/^(Je gaf|Afweging \d: .* — je gaf aan|Kindcheck, je gaf aan|Advies van de assistent|Uitkomst van je afweging)/.test(l))).toEqual([]);
  });

  it('lists several signals and the professional’s own note under the step', () => {
    const state = walk(def, 'onderwijs', ['no', 'home']);
    const answered: WalkState = {
      ...state,
      nodeId: 'consult',
      history: [...state.history, 'signals'],
      answers: [...state.answers, { nodeId: 'signals', choiceId: 'injury', also: ['neglect'], note: 'Blauwe plek op de arm, maandag.' }],
    };
    const step1 = buildVerslag(def, answered, NOW).sections.find((s) => s.heading.startsWith('Stap 1'))!.lines;
    expect(step1).toEqual([
      'Je gaf aan dat je zorg gaat over de thuissituatie van een kind of volwassene.',
      'Je gaf als signaal aan: lichamelijk letsel.',
      'Je gaf als signaal aan: verwaarlozing.',
      'Je notitie: Blauwe plek op de arm, maandag.',
    ]);
  });
});
