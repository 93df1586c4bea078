import { describe, expect, it } from 'vitest';
import { Sectors, type Sector } from '../../../../src/domain/constants.js';
import { meldcodeFlow as def } from '../../../../src/dialogs/meldcode/flow/definition.js';
import { viewOf } from '../../../../src/dialogs/meldcode/flow/engine.js';
import { withRegionalRoutes } from '../../../../src/dialogs/meldcode/flow/regional.js';
import type { OutcomeView, QuestionView } from '../../../../src/dialogs/meldcode/flow/types.js';
import { nodeAppliesTo, resolveNodeData, resolveOutcome } from '../../../../src/dialogs/meldcode/flow/resolve.js';
import { walk } from './walkHelpers.js';
import { ColleagueRoutes } from '../../../../src/domain/facts.js';

const TALK_NODES = ['talk', 'talk-now', 'talk-skip-reason', 'talk-needed'];

/** Everything the professional reads on a path: every question with its options, and the outcome. */
function told(sector: Sector, choices: string[]): { outcome: OutcomeView; text: string; visited: string[] } {
  const state = walk(def, sector, choices);
  const view = viewOf(def, state);
  if (view.kind !== 'outcome') throw new Error(`path ${choices.join(' > ')} did not end`);
  const questions = [...state.history, state.nodeId].map((nodeId) => {
    const q = viewOf(def, { ...state, nodeId, outcomeId: undefined }) as QuestionView;
    return [q.title, q.question, q.explanation ?? '', ...q.choices.map((c) => c.label)].join('\n');
  });
  const text = [...questions, view.title, view.text, ...view.actions, view.phones ?? ''].join('\n');
  return { outcome: view, text, visited: [...state.history, state.nodeId] };
}

const sentences = (text: string) => text.split(/(?<=[.!?:])\s+|\n/).filter(Boolean);

/** A sentence that tells someone to speak to a suspect or hold a talk with the family, without "niet" or "nooit". */
function suggestsConfrontingOrTalking(text: string): string[] {
  return sentences(text).filter(
    (s) =>
      /(spreek\b.*\baan\b|aanspreken|confront|(voer|houd) (het|een) gesprek|bespreek .*(ouders|familie|gezin))/i.test(s) &&
      !/\b(niet|niets|nooit|geen)\b/i.test(s),
  );
}

describe('special routes: what the professional is told, and what is never suggested', () => {
  const vtFirst: [string, Sector, string[], string][] = [
    ['eergerelateerd geweld and the like, no departure', 'onderwijs', ['no', 'harmful', 'no'], 'HARMFUL_PRACTICE'],
    ['a departure on its way', 'kinderopvang', ['no', 'harmful', 'soon'], 'HARMFUL_DEPARTURE'],
    ['a departure within hours', 'wijkteam', ['no', 'harmful', 'hours'], 'HARMFUL_DEPARTURE_NOW'],
    ['sexual abuse by a parent or carer', 'onderwijs', ['no', 'home', 'sexual', 'parent'], 'SEXUAL_ABUSE_HOME'],
    ['sexual abuse, unknown by whom', 'zorg', ['no', 'home', 'yes', 'sexual', 'unknown'], 'SEXUAL_ABUSE_HOME'],
  ];

  it.each(vtFirst)('%s: Veilig Thuis first, no talk with the family before it, no confrontation', (_name, sector, choices, outcomeId) => {
    const { outcome, text, visited } = told(sector, choices);
    expect(outcome.outcomeId).toBe(outcomeId);
    expect(visited.filter((id) => TALK_NODES.includes(id))).toEqual([]);
    expect(outcome.actions.join('\n')).toContain('0800-2000');
    expect(outcome.actions.join('\n')).toMatch(/niet met de ouders of de familie voordat Veilig Thuis/);
    expect(outcome.actions.filter((a) => /niet (eerst )?met de ouders of de familie/.test(a))).toHaveLength(1);
    expect(suggestsConfrontingOrTalking(text)).toEqual([]);
  });

  it('several signals at once: sexual abuse by a parent decides the route, and every signal is kept', () => {
    const state = walk(def, 'onderwijs', ['no', 'home']);
    const next = viewOf(def, state);
    expect(next.kind === 'question' && next.multiple).toBe(true);
  });

  it('an imminent departure is acute; within hours it is 112 first', () => {
    expect(told('anders', ['no', 'harmful', 'soon']).outcome.text).toMatch(/acuut.*Bel nu Veilig Thuis/s);
    const now = told('anders', ['no', 'harmful', 'hours']).outcome;
    expect(now.acute).toBe(true);
    expect(now.actions[0]).toMatch(/^Bel nu 112/);
  });

  it('suicide and self-harm: 112 and 113, and Veilig Thuis only where the home is unsafe', () => {
    const safe = told('onderwijs', ['no', 'suicide', 'no']);
    expect(safe.outcome.outcomeId).toBe('SUICIDE');
    for (const n of ['112', '113', '0800-0113']) expect(safe.outcome.text + safe.outcome.actions.join()).toContain(n);
    expect(safe.outcome.melden).toBe(false);
    const vtLines = safe.outcome.actions.filter((a) => a.includes('Veilig Thuis'));
    expect(vtLines.every((l) => /thuis(situatie)? (on)?veilig/.test(l))).toBe(true);
    const unsafe = told('onderwijs', ['no', 'suicide', 'yes']);
    expect(unsafe.outcome.outcomeId).toBe('SUICIDE_UNSAFE_HOME');
    expect(unsafe.outcome.actions.join()).toContain('0800-2000');
    expect(unsafe.outcome.actions.join()).toContain('0800-0113');
  });

  it('a school employee (po, vo, mbo): bestuur, vertrouwensinspecteur, aangifte after that overleg, the bestuur informs', () => {
    const { outcome, text } = told('onderwijs', ['no', 'colleague', 'po-vo-mbo']);
    const all = outcome.actions.join('\n');
    expect(all).toContain('bevoegd gezag');
    expect(all).toContain('vertrouwensinspecteur');
    expect(all).toMatch(/uit dat overleg .* aangifte/);
    expect(all).toMatch(/informeert het bestuur de aangeklaagde medewerker en de ouders/);
    expect(outcome.actions.slice(0, ColleagueRoutes.onderwijs.steps.length)).toEqual(ColleagueRoutes.onderwijs.steps);
    expect(suggestsConfrontingOrTalking(text)).toEqual([]);
  });

  it('hoger onderwijs is not given the school meld- en aangifteplicht', () => {
    const { outcome } = told('onderwijs', ['no', 'colleague', 'ho']);
    expect(outcome.text).toMatch(/niet voor het hoger onderwijs/);
    expect(outcome.actions.join()).not.toContain('vertrouwensinspecteur');
  });

  it('kinderopvang: the houder and the vertrouwensinspecteur, also for mishandeling; the houder as suspect goes to the police', () => {
    const staff = told('kinderopvang', ['no', 'colleague', 'no']).outcome;
    expect(staff.text).toContain('mishandeling');
    expect(staff.actions.join()).toMatch(/houder.*vertrouwensinspecteur.*aangifte/s);
    const houder = told('kinderopvang', ['no', 'colleague', 'yes']).outcome;
    expect(houder.actions.join()).toMatch(/politie.*vertrouwensinspecteur/);
    expect(houder.actions.join()).not.toMatch(/Meld het .* bij de houder/);
  });

  it('zorg and jeugdhulp report to the IGJ', () => {
    expect(told('zorg', ['no', 'colleague', 'zorg']).outcome.actions.join()).toMatch(/zorgaanbieder meldt geweld in de zorgrelatie bij de Inspectie Gezondheidszorg en Jeugd \(IGJ\)/);
    expect(told('zorg', ['no', 'colleague', 'jeugdhulp']).outcome.actions.join()).toContain('IGJ');
    expect(told('anders', ['no', 'colleague', 'jeugdhulp']).outcome.outcomeId).toBe('COLLEAGUE_JEUGDHULP');
  });

  it('wijkteam: no invented law by default, and the region file can set its own steps', () => {
    const { outcome } = told('wijkteam', ['no', 'colleague']);
    expect(outcome.actions.slice(0, ColleagueRoutes.wijkteam.steps.length)).toEqual(ColleagueRoutes.wijkteam.steps);
    expect(outcome.text + outcome.actions.join()).not.toMatch(/\bwet\b|plicht/i);
    expect(told('anders', ['no', 'colleague', 'other']).outcome.actions[0]).toBe('Overleg direct met je leidinggevende en de toezichthouder.');
    const regional = withRegionalRoutes(def, ['Meld het bij de Wmo-toezichthouder van je gemeente.']);
    const state = walk(regional, 'wijkteam', ['no', 'colleague']);
    const view = viewOf(regional, state);
    expect(view.kind === 'outcome' && view.actions).toEqual(['Meld het bij de Wmo-toezichthouder van je gemeente.']);
  });

  it.each(Sectors)('no question or outcome for %s ever tells anyone to confront a suspect', (sector) => {
    const texts: string[] = [];
    for (const node of def.nodes.filter((n) => nodeAppliesTo(n, sector))) {
      const q = resolveNodeData(node, sector);
      texts.push(q.title, q.question, q.explanation ?? '', ...q.choices.map((c) => c.label));
    }
    for (const o of def.outcomes) {
      const r = resolveOutcome(def, o.id, sector)!;
      texts.push(r.title, r.text, ...r.actions);
    }
    const found = sentences(texts.join('\n')).filter(
      (x) => /spreek\b.*\baan\b|aanspreken|confront/i.test(x) && !/\b(niet|nooit)\b/i.test(x),
    );
    expect(found).toEqual([]);
  });
});
