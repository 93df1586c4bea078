import { describe, expect, it } from 'vitest';
import { Afwegingen, PhoneNumbers, Sectors } from '../../../../src/domain/constants.js';
import { meldcodeFlow as def } from '../../../../src/dialogs/meldcode/flow/definition.js';
import { viewOf } from '../../../../src/dialogs/meldcode/flow/engine.js';
import { resolveOutcome } from '../../../../src/dialogs/meldcode/flow/resolve.js';
import type { QuestionView } from '../../../../src/dialogs/meldcode/flow/types.js';
import { walk } from './walkHelpers.js';

const allText = JSON.stringify(def);
const question = (view: ReturnType<typeof viewOf>): QuestionView => {
  if (view.kind !== 'question') throw new Error('expected a question');
  return view;
};

describe('outcome texts', () => {
  it.each(Sectors)('name the right phone numbers for sector %s', (sector) => {
    for (const { id } of def.outcomes) {
      const outcome = resolveOutcome(def, id, sector)!;
      const shown = [outcome.text, ...outcome.actions].join(' ');
      if (outcome.acute || outcome.melden) expect(shown, id).toContain(PhoneNumbers.veiligThuis);
      if (outcome.acute) expect(shown, id).toContain(PhoneNumbers.emergency);
    }
  });

  it('melden says that hulp and melden can go together and the professional keeps their own help', () => {
    const melden = [def.outcomes.find((o) => o.id === 'MELDEN')!].map((o) => [o.text, ...o.actions].join(' '))[0]!;
    expect(melden).toContain('meldrecht');
    expect(melden).toContain('melden en hulp sluiten elkaar niet uit');
    expect(melden).toContain('blijf je verantwoordelijk voor de hulp die je zelf biedt');
    expect(melden).toContain('Vertel de betrokkene(n) vooraf');
  });

  it('the school-employee route names the bevoegd gezag, no confidentiality, the vertrouwensinspecteur and aangifte', () => {
    const o = def.outcomes.find((x) => x.id === 'SCHOOL_EMPLOYEE')!;
    const shown = [o.text, ...o.actions].join(' ');
    for (const part of ['bevoegd gezag', 'schoolleider', 'geheimhouding', 'vertrouwensinspecteur', 'aangifte']) {
      expect(shown).toContain(part);
    }
  });
});

describe('wording rules from the domain brief', () => {
  it('never says meldplicht or wettelijke plicht', () => {
    expect(allText.toLowerCase()).not.toMatch(/meldplicht|wettelijke (meld)?plicht|verplicht te melden/);
  });

  it('only uses the phone numbers from PhoneNumbers', () => {
    const numbers = allText.match(/\b\d{3,4}-\d{3,4}\b|\b\d{3}\b/g) ?? [];
    const known: string[] = Object.values(PhoneNumbers);
    expect(numbers.filter((n) => !known.includes(n))).toEqual([]);
  });

  it('phrases afweging 1 as "op basis van de eerdere stappen" and puts 1–2 in stap 4, 3–5 in stap 5', () => {
    const afwegingNodes = def.nodes.filter((n) => n.afweging !== undefined);
    expect(def.nodes.find((n) => n.id === 'afweging-1')!.question).toContain('op basis van de eerdere stappen');
    for (const node of afwegingNodes) expect(node.step, node.id).toBe(node.afweging! <= 2 ? 4 : 5);
    for (const a of Afwegingen) expect(def.nodes.find((n) => n.id === `afweging-${a.number}`)!.title).toContain(a.name);
  });
});

describe('sector wording', () => {
  const consultFor = (sector: 'onderwijs' | 'wijkteam' | 'zorg', prefix: string[]) =>
    question(viewOf(def, walk(def, sector, [...prefix, 'injury']))).choices.map((c) => c.label);

  it('offers intern begeleider and zorgcoördinator to onderwijs, not to wijkteam', () => {
    const onderwijs = consultFor('onderwijs', ['no', 'home']);
    const wijkteam = consultFor('wijkteam', ['no', 'home', 'yes']);
    expect(onderwijs).toEqual(expect.arrayContaining(['Intern begeleider (po)', 'Zorgcoördinator (vo)', 'Studieloopbaanbegeleider (mbo)', 'Aandachtsfunctionaris']));
    expect(wijkteam).toEqual(expect.arrayContaining(['Aandachtsfunctionaris', 'Gedragswetenschapper']));
    expect(wijkteam.join()).not.toContain('Intern begeleider');
    expect(onderwijs.join()).not.toContain('Gedragswetenschapper');
    expect(consultFor('zorg', ['no', 'home', 'yes'])).toContain('Aandachtsfunctionaris');
  });

  it('asks every sector who the worry is about, then wijkteam/zorg the Kindcheck for the home situation', () => {
    for (const sector of ['onderwijs', 'wijkteam', 'zorg', 'kinderopvang', 'anders'] as const) {
      expect(question(viewOf(def, walk(def, sector, ['no']))).nodeId).toBe('who');
    }
    expect(question(viewOf(def, walk(def, 'wijkteam', ['no', 'home']))).title).toBe('Kindcheck');
    expect(question(viewOf(def, walk(def, 'zorg', ['no', 'home']))).title).toBe('Kindcheck');
    expect(question(viewOf(def, walk(def, 'kinderopvang', ['no', 'home']))).nodeId).toBe('signals');
  });

  it('speaks of the leerling and the ouders in onderwijs', () => {
    expect(question(viewOf(def, walk(def, 'onderwijs', ['no', 'home']))).question).toContain('leerling');
    expect(question(viewOf(def, walk(def, 'onderwijs', ['no', 'home', 'injury', 'ib', 'yes']))).question).toContain('ouders');
  });

  it('speaks of the kind, the ouders and the houder in kinderopvang', () => {
    expect(question(viewOf(def, walk(def, 'kinderopvang', ['no', 'home']))).question).toContain('bij het kind');
    const consult = question(viewOf(def, walk(def, 'kinderopvang', ['no', 'home', 'injury']))).choices.map((c) => c.label);
    expect(consult).toContain('Leidinggevende of locatiemanager');
    expect(question(viewOf(def, walk(def, 'kinderopvang', ['no', 'home', 'injury', 'af', 'yes']))).question).toContain('ouders');
    const who = question(viewOf(def, walk(def, 'kinderopvang', ['no']))).choices.map((c) => c.label).join();
    expect(who).toContain('gastouder');
  });

  it('names the sector’s own dossier when closing without suspicion', () => {
    const close = (sector: 'onderwijs' | 'wijkteam') => resolveOutcome(def, 'CLOSE_NO_SUSPICION', sector)!.text;
    expect(close('onderwijs')).toContain('leerlingdossier');
    expect(close('wijkteam')).toContain('registratiesysteem');
  });
});
