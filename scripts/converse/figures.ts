import { isAcuteAnswer, isNoMatch, replyText, type SeenReply } from './replies.js';

export type SetName = 'acute' | 'calm' | 'realistic' | 'knowledge';

export interface Judged {
  set: SetName;
  id: string;
  text: string;
  /** category (acute), kind (realistic) or type (knowledge). */
  group: string;
  item: Record<string, unknown>;
  replies: SeenReply[];
  ms: number;
  acuteFirst: boolean;
  acuteAnywhere: boolean;
  shows113: boolean;
  noMatch: boolean;
  answered: boolean;
  shownArticles: string[];
  expected?: string[];
  top1?: boolean;
  top3?: boolean;
  hasName: boolean;
  namesEchoed: string[];
}

const NOT_NAMES = new Set(
  'Veilig Thuis Teams Ik Hij Zij Ze We Wij Het De Een Dat Die Dit Wat Hoe Mag Moet Kan Is Er En Maar Mijn Zijn Haar Hun Ons Onze Bij In Op Na Als Of Nu Ja Nee Ok Oke Help Bedankt Dank Hallo Hoi Sorry Please Hi Hello Thanks The This My I Our He She We Zuid Limburg Maastricht Heerlen Sittard Geleen Kerkrade Venlo Roermond Nederland Nederlands Engels English Dutch Jeugdwet Wmo AVG BSN GGD LECK IGJ Inspectie Onderwijs Kindertelefoon Zelfmoordpreventie Augeo NJi Meldcode Basismodel Afwegingskader Wijkteam Jeugdarts Huisarts Sinterklaas Kerst Pasen Ramadan Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag'.split(' '),
);

/** Capitalised words that are not common sentence openers: likely names (people, schools, streets). */
function nameLikeWords(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}{2,})\b/gu)) {
    if (!NOT_NAMES.has(m[1]!)) found.add(m[1]!);
  }
  return [...found];
}

export function judge(
  set: SetName,
  item: Record<string, unknown>,
  replies: SeenReply[],
  ms: number,
  context: { titleToId: ReadonlyMap<string, string>; expected?: string[] },
): Judged {
  const text = String(item.text ?? '');
  const all = replies.map(replyText).join('\n');
  const noMatch = replies.some(isNoMatch);
  const shownArticles = shownArticlesOf(replies, context.titleToId);
  const group = String(item.category ?? item.kind ?? item.type ?? '');
  const answered =
    replies.length > 0 && !noMatch && (group === 'english' || group === 'other-language' ? /\b112\b/.test(all) : true);
  const hasName = item.hasName === true;
  const expected = context.expected;
  return {
    set,
    id: String(item.id ?? ''),
    text,
    group,
    item,
    replies,
    ms,
    acuteFirst: replies[0] ? isAcuteAnswer(replies[0]) : false,
    acuteAnywhere: replies.some(isAcuteAnswer),
    shows113: /\b113\b/.test(all),
    noMatch,
    answered,
    shownArticles,
    expected,
    top1: expected ? expected.includes(shownArticles[0] ?? '') : undefined,
    top3: expected ? shownArticles.slice(0, 3).some((id) => expected.includes(id)) : undefined,
    hasName,
    namesEchoed: hasName ? nameLikeWords(text).filter((w) => new RegExp(`\\b${w}\\b`, 'u').test(all)) : [],
  };
}

/**
 * The article a knowledge card shows (its first line is the title), then its alternatives. A card
 * that is not an article (a worry, a special route, the acute answer) counts the articles it offers
 * to read ("Lees ook", "Lees het hele antwoord"), in the order of its buttons.
 */
function shownArticlesOf(replies: SeenReply[], titleToId: ReadonlyMap<string, string>): string[] {
  const cards = replies.flatMap((r) => r.cards);
  for (const card of cards) {
    const best = titleToId.get(card.lines[0] ?? '');
    if (best) return [best, ...card.articleIds.filter((id) => id !== best)];
  }
  return cards.flatMap((card) => card.articleIds);
}

interface Tally {
  total: number;
  first: number;
}

export interface Figures {
  acute: { total: number; first: number; anywhere: number; suicideTotal: number; suicideWith113: number; byCategory: Record<string, Tally> };
  calm: { total: number; falseAlarms: number; noMatch: number };
  realistic: { total: number; answered: number; worryTotal: number; noMatchWorry: number; byKind: Record<string, { total: number; answered: number }> };
  knowledge: {
    total: number;
    answered: number;
    falseAlarms: number;
    labelled: number;
    top1: number;
    top3: number;
    byType: Record<string, { labelled: number; top1: number; top3: number }>;
  };
  withName: number;
  namesEchoed: number;
  messages: number;
  p50Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

const count = (items: Judged[], test: (j: Judged) => boolean | undefined) => items.filter((j) => test(j)).length;

function groupBy<T>(items: Judged[], summary: (group: Judged[]) => T): Record<string, T> {
  const groups = new Map<string, Judged[]>();
  for (const j of items) groups.set(j.group, [...(groups.get(j.group) ?? []), j]);
  return Object.fromEntries([...groups.entries()].sort().map(([g, js]) => [g, summary(js)]));
}

export function summarise(judged: Judged[]): Figures {
  const of = (set: SetName) => judged.filter((j) => j.set === set);
  const acute = of('acute');
  const suicide = acute.filter((j) => j.item.suicide === true);
  const calm = of('calm');
  const realistic = of('realistic');
  const worry = realistic.filter((j) => j.item.describesWorry === true);
  const knowledge = of('knowledge');
  const labelled = knowledge.filter((j) => j.expected);
  const times = judged.map((j) => j.ms).sort((a, b) => a - b);
  return {
    acute: {
      total: acute.length,
      first: count(acute, (j) => j.acuteFirst),
      anywhere: count(acute, (j) => j.acuteAnywhere),
      suicideTotal: suicide.length,
      suicideWith113: count(suicide, (j) => j.acuteFirst && j.shows113),
      byCategory: groupBy(acute, (g) => ({ total: g.length, first: count(g, (j) => j.acuteFirst) })),
    },
    calm: { total: calm.length, falseAlarms: count(calm, (j) => j.acuteAnywhere), noMatch: count(calm, (j) => j.noMatch) },
    realistic: {
      total: realistic.length,
      answered: count(realistic, (j) => j.answered),
      worryTotal: worry.length,
      noMatchWorry: count(worry, (j) => j.noMatch),
      byKind: groupBy(realistic, (g) => ({ total: g.length, answered: count(g, (j) => j.answered) })),
    },
    knowledge: {
      total: knowledge.length,
      answered: count(knowledge, (j) => j.answered),
      falseAlarms: count(knowledge, (j) => j.acuteAnywhere),
      labelled: labelled.length,
      top1: count(labelled, (j) => j.top1),
      top3: count(labelled, (j) => j.top3),
      byType: groupBy(labelled, (g) => ({ labelled: g.length, top1: count(g, (j) => j.top1), top3: count(g, (j) => j.top3) })),
    },
    withName: count(judged, (j) => j.hasName),
    namesEchoed: count(judged, (j) => j.namesEchoed.length > 0),
    messages: judged.length,
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
  };
}
