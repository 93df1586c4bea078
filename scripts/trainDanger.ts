/**
 * Trains the acute-danger model (src/domain/understanding/dangerModel.ts) on the blind sets in
 * test/fixtures/understanding: acute messages (and realistic ones their writer marked acute) are
 * positive; calm, knowledge and other realistic messages negative. Logistic regression with L2, by
 * stochastic gradient descent with a fixed seed, so the same sets give the same model.
 *
 *   node --import tsx scripts/trainDanger.ts            # leave-one-set-out figures, then write the model
 *   node --import tsx scripts/trainDanger.ts --hold-out setJ   # train without setJ and report on it
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { assessAcuteDanger } from '../src/domain/acuteDanger.js';
import { dangerFeatures, dangerScore, type DangerModel } from '../src/domain/understanding/dangerModel.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(root, 'test/fixtures/understanding');
const out = path.join(root, 'src/domain/understanding/dangerModel.json');

interface Example { set: string; text: string; acute: boolean }

function load(): Example[] {
  const examples: Example[] = [];
  for (const set of readdirSync(dir).filter((d) => d.startsWith('set')).sort()) {
    for (const [file, acute] of [['acute', true], ['calm', false], ['knowledge', false], ['realistic', false]] as const) {
      const p = path.join(dir, set, `${file}.jsonl`);
      if (!existsSync(p)) continue;
      for (const line of readFileSync(p, 'utf8').split('\n').filter((l) => l.trim())) {
        const item = JSON.parse(line) as { text: string; acute?: boolean };
        // A realistic message its writer marked as danger now counts as acute.
        examples.push({ set, text: item.text, acute: acute || item.acute === true });
      }
    }
  }
  return examples;
}

function train(examples: Example[], threshold = 0.5, veto = VETO): DangerModel {
  const data = examples.map((e) => ({ f: dangerFeatures(e.text), y: e.acute ? 1 : 0 }));
  const positives = data.filter((d) => d.y === 1).length;
  const weightOf = (y: number) => (y === 1 ? data.length / (2 * positives) : data.length / (2 * (data.length - positives)));
  const w = new Map<string, number>();
  let bias = 0;
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const order = data.map((_, k) => k);
  for (let epoch = 0; epoch < 40; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    const rate = 0.2 / (1 + epoch * 0.1);
    for (const k of order) {
      const d = data[k]!;
      let z = bias;
      for (const f of d.f) z += w.get(f) ?? 0;
      const g = (1 / (1 + Math.exp(-z)) - d.y) * weightOf(d.y);
      bias -= rate * g;
      for (const f of d.f) {
        const v = w.get(f) ?? 0;
        w.set(f, v - rate * (g + 1e-3 * v));
      }
    }
  }
  const weights = Object.fromEntries([...w].filter(([, v]) => Math.abs(v) >= 0.01).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  return { bias: Math.round(bias * 1000) / 1000, weights, threshold, veto };
}

/**
 * The model alone, and as assessAcuteDanger uses it: the rules (as they are now, so on sets they were
 * tuned to their part is not a blind figure) or the model in a Dutch message that no guard sets aside.
 */
function measure(model: DangerModel, examples: Example[]) {
  const acute = examples.filter((e) => e.acute);
  const calm = examples.filter((e) => !e.acute);
  const byModel = (e: Example) => dangerScore(model, e.text) >= model.threshold;
  const combined = (e: Example) => assessAcuteDanger(e.text, model).acute;
  const count = (list: Example[], f: (e: Example) => boolean) => `${list.filter(f).length}/${list.length}`;
  // How close the veto comes to danger: the lowest score of an acute message that a rule found.
  const foundByRule = (e: Example) => assessAcuteDanger(e.text, { ...model, veto: 0 }).signals.some((s) => s !== 'danger-described');
  const lowest = Math.min(...acute.filter(foundByRule).map((e) => dangerScore(model, e.text)));
  return {
    model: { recall: count(acute, byModel), falseAlarms: count(calm, byModel) },
    withRules: { recall: count(acute, combined), falseAlarms: count(calm, combined) },
    lowestRuleFoundAcute: Math.round(lowest * 1000) / 1000,
  };
}

/**
 * The score under which the model may set a rule's finding aside. Chosen on leave-one-set-out scores
 * (printed as `lowestRuleFoundAcute`): the lowest acute message any rule found scored 0.008 there
 * (0.024 before sets L, M and N joined); the false alarms it is meant for scored below 0.0005. Raised
 * from 0.001 to 0.002 when sets X and Y joined: two trap sentences of set Q (a first-aid course, a
 * resilience training) came to score 0.0011 and 0.0012; the lowest rule-found acute message scored 0.011.
 */
const VETO = 0.002;

const examples = load();
const holdOut = process.argv.includes('--hold-out') ? process.argv[process.argv.indexOf('--hold-out') + 1] : undefined;
const threshold = Number(process.env.DANGER_THRESHOLD ?? 0.5);
if (holdOut) {
  const model = train(examples.filter((e) => e.set !== holdOut), threshold);
  console.log(holdOut, measure(model, examples.filter((e) => e.set === holdOut)));
} else {
  for (const set of [...new Set(examples.map((e) => e.set))]) {
    const model = train(examples.filter((e) => e.set !== set), threshold);
    console.log('held out', set, JSON.stringify(measure(model, examples.filter((e) => e.set === set))));
  }
  const model = train(examples, threshold);
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.log('wrote', path.relative(root, out), Object.keys(model.weights).length, 'features');
}
