import { beforeAll, describe, expect, it } from 'vitest';
import { MeldcodeSteps, Sectors, type Sector } from '../../../../src/domain/constants.js';
import { meldcodeFlow as def } from '../../../../src/dialogs/meldcode/flow/definition.js';
import { viewOf } from '../../../../src/dialogs/meldcode/flow/engine.js';
import { nodeAppliesTo } from '../../../../src/dialogs/meldcode/flow/resolve.js';
import { forEachPath, toAfweging1, walk, type WalkedPath } from './walkHelpers.js';

/** The last answer decides the outcome; these are the key decision points of the meldcode. */
const decisive: Record<string, { outcome: string; melden: boolean; acute: boolean; only?: Sector[] }> = {
  'acute:yes': { outcome: 'ACUTE', melden: true, acute: true },
  'signals:disclosure': { outcome: 'DISCLOSURE', melden: true, acute: true },
  'who:colleague': { outcome: 'COLLEAGUE_OTHER', melden: false, acute: false, only: ['wijkteam'] },
  'colleague-org:zorg': { outcome: 'COLLEAGUE_ZORG', melden: false, acute: false, only: ['anders'] },
  'colleague-org:jeugdhulp': { outcome: 'COLLEAGUE_JEUGDHULP', melden: false, acute: false, only: ['anders'] },
  'colleague-org:other': { outcome: 'COLLEAGUE_OTHER', melden: false, acute: false, only: ['anders'] },
  'school-level:po-vo-mbo': { outcome: 'SCHOOL_EMPLOYEE', melden: false, acute: false, only: ['onderwijs', 'anders'] },
  'school-level:ho': { outcome: 'COLLEAGUE_HIGHER_ED', melden: false, acute: false, only: ['onderwijs', 'anders'] },
  'houder-suspect:no': { outcome: 'COLLEAGUE_KINDEROPVANG', melden: false, acute: false, only: ['kinderopvang', 'anders'] },
  'houder-suspect:yes': { outcome: 'COLLEAGUE_KO_HOUDER', melden: false, acute: false, only: ['kinderopvang', 'anders'] },
  'care-kind:zorg': { outcome: 'COLLEAGUE_ZORG', melden: false, acute: false, only: ['zorg'] },
  'care-kind:jeugdhulp': { outcome: 'COLLEAGUE_JEUGDHULP', melden: false, acute: false, only: ['zorg'] },
  'departure:hours': { outcome: 'HARMFUL_DEPARTURE_NOW', melden: true, acute: true },
  'departure:soon': { outcome: 'HARMFUL_DEPARTURE', melden: true, acute: false },
  'departure:no': { outcome: 'HARMFUL_PRACTICE', melden: false, acute: false },
  'suicide-home:yes': { outcome: 'SUICIDE_UNSAFE_HOME', melden: true, acute: false },
  'suicide-home:no': { outcome: 'SUICIDE', melden: false, acute: false },
  'suicide-home:unknown': { outcome: 'SUICIDE', melden: false, acute: false },
  'sexual-who:parent': { outcome: 'SEXUAL_ABUSE_HOME', melden: false, acute: false },
  'sexual-who:unknown': { outcome: 'SEXUAL_ABUSE_HOME', melden: false, acute: false },
  'afweging-1:no': { outcome: 'CLOSE_NO_SUSPICION', melden: false, acute: false },
  'afweging-1-doubt:no': { outcome: 'CLOSE_NO_SUSPICION', melden: false, acute: false },
  'afweging-2:yes': { outcome: 'MELDEN', melden: true, acute: false },
  'afweging-2-doubt:yes': { outcome: 'MELDEN', melden: true, acute: false },
  'afweging-3:no': { outcome: 'MELDEN', melden: true, acute: false },
  'afweging-4:no': { outcome: 'MELDEN', melden: true, acute: false },
  'afweging-5:no': { outcome: 'MELDEN', melden: true, acute: false },
  'afweging-5:yes': { outcome: 'HELP_CLOSED', melden: false, acute: false },
  'afweging-5:too-early': { outcome: 'HELP_ORGANISE', melden: false, acute: false },
};

interface Summary {
  count: number;
  failures: string[];
  visitedNodes: Set<string>;
  endings: Set<string>;
}

/** One pass over every path of a sector; each check records a failure instead of calling expect (speed). */
function summarise(sector: Sector): Summary {
  const summary: Summary = { count: 0, failures: [], visitedNodes: new Set(), endings: new Set() };
  const fail = (msg: string) => summary.failures.length < 20 && summary.failures.push(msg);
  const checkPath = (path: WalkedPath) => {
    summary.endings.add(path.lastAnswer);
    const outcome = def.outcomes.find((o) => o.id === path.final.outcomeId);
    if (!outcome || outcome.acute !== path.outcome.acute || outcome.melden !== path.outcome.melden) {
      fail(`outcome flags differ for ${path.lastAnswer}`);
    }
    const rule = decisive[path.lastAnswer];
    if (!rule) fail(`unexpected ending ${path.lastAnswer}`);
    else if (rule.outcome !== path.outcome.outcomeId || rule.melden !== path.outcome.melden || rule.acute !== path.outcome.acute) {
      fail(`${path.lastAnswer} ended in ${path.outcome.outcomeId} (melden ${path.outcome.melden}, acute ${path.outcome.acute})`);
    }
    let previousStep = 0;
    for (const view of path.questions) {
      if (view.stepNumber < previousStep) fail(`step goes back at ${view.nodeId}`);
      previousStep = view.stepNumber;
      if (summary.visitedNodes.has(view.nodeId)) continue;
      summary.visitedNodes.add(view.nodeId);
      const label = view.stepNumber === 0 ? 'Eerst: veiligheid' : `Stap ${view.stepNumber} van 5`;
      if (view.stepLabel !== label) fail(`label '${view.stepLabel}' at ${view.nodeId}`);
      if (view.stepNumber > 0 && view.stepName !== MeldcodeSteps[view.stepNumber - 1]!.name) fail(`name at ${view.nodeId}`);
    }
  };
  summary.count = forEachPath(def, sector, checkPath);
  return summary;
}

const summaries = {} as Record<Sector, Summary>;

beforeAll(() => {
  for (const sector of Sectors) summaries[sector] = summarise(sector);
  const counts = Object.fromEntries(Sectors.map((s) => [s, summaries[s].count]));
  console.info(`meldcode paths walked per sector: ${JSON.stringify(counts)}`);
}, 120_000);

describe.each(Sectors)('every path through the meldcode flow for sector %s', (sector) => {
  it('walks many paths and each one ends in an outcome with the expected flags', () => {
    expect(summaries[sector].count).toBeGreaterThan(500);
    expect(summaries[sector].failures).toEqual([]);
  });

  it('visits every node that applies to the sector', () => {
    const expected = def.nodes.filter((n) => nodeAppliesTo(n, sector)).map((n) => n.id);
    expect([...summaries[sector].visitedNodes].sort()).toEqual([...expected].sort());
  });

  it('reaches every key decision that applies to the sector', () => {
    const expected = Object.entries(decisive)
      .filter(([, rule]) => !rule.only || rule.only.includes(sector))
      .map(([answer]) => answer);
    expect([...summaries[sector].endings].sort()).toEqual(expected.sort());
  });
});

describe('key paths walked by hand', () => {
  it('acute danger goes straight to ACUTE', () => {
    expect(viewOf(def, walk(def, 'wijkteam', ['yes']))).toMatchObject({ outcomeId: 'ACUTE', acute: true, melden: true });
  });

  it('a disclosure ends in melden with acute text', () => {
    const view = viewOf(def, walk(def, 'onderwijs', ['no', 'home', 'disclosure']));
    expect(view).toMatchObject({ kind: 'outcome', outcomeId: 'DISCLOSURE', melden: true, acute: true });
    expect(view.kind === 'outcome' && view.text).toContain('acute onveiligheid');
  });

  it('a school employee in po, vo or mbo goes to the separate route; hoger onderwijs does not', () => {
    expect(walk(def, 'onderwijs', ['no', 'colleague', 'po-vo-mbo']).outcomeId).toBe('SCHOOL_EMPLOYEE');
    expect(walk(def, 'onderwijs', ['no', 'colleague', 'ho']).outcomeId).toBe('COLLEAGUE_HIGHER_ED');
  });

  it.each(Sectors)('the afwegingen lead to the right outcome for %s', (sector) => {
    const base = toAfweging1(sector);
    expect(walk(def, sector, base).nodeId).toBe('afweging-1');
    expect(walk(def, sector, [...base, 'no']).outcomeId).toBe('CLOSE_NO_SUSPICION');
    expect(walk(def, sector, [...base, 'yes', 'yes']).outcomeId).toBe('MELDEN');
    expect(walk(def, sector, [...base, 'yes', 'no', 'no']).outcomeId).toBe('MELDEN');
    expect(walk(def, sector, [...base, 'yes', 'no', 'yes', 'no']).outcomeId).toBe('MELDEN');
    expect(walk(def, sector, [...base, 'yes', 'no', 'yes', 'yes', 'no']).outcomeId).toBe('MELDEN');
    expect(walk(def, sector, [...base, 'yes', 'no', 'yes', 'yes', 'yes']).outcomeId).toBe('HELP_CLOSED');
    expect(walk(def, sector, [...base, 'yes', 'no', 'yes', 'yes', 'too-early']).outcomeId).toBe('HELP_ORGANISE');
  });

  it('skipping the conversation needs a reason; "geen van deze" leads back to holding it', () => {
    const toTalk = ['no', 'home', 'injury', 'af', 'yes'];
    expect(walk(def, 'anders', toTalk).nodeId).toBe('talk');
    const view = viewOf(def, walk(def, 'anders', [...toTalk, 'skipped']));
    expect(view.kind === 'question' && view.choices.map((c) => c.id)).toEqual([
      'client-safety',
      'own-safety',
      'others-safety',
      'contact-risk',
      'none',
    ]);
    expect(walk(def, 'anders', [...toTalk, 'skipped', 'none']).nodeId).toBe('talk-needed');
  });
});
