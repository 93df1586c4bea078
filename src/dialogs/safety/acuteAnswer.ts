import type { Deps } from '../../app/deps.js';
import type { AcuteAssessment, AcuteSignal } from '../../domain/acuteDanger.js';
import { describeDanger, describeReading, nextStepText } from '../../domain/understanding/labels.js';
import { isYoung, readWorry, type ExplicitQuestion, type NextStep, type WorryReading } from '../../domain/understanding/worry.js';
import { askerOf, isLongStory, understand } from '../../knowledge/understand.js';
import { answerBesideRoute, answerLines, isAboutInformingTheFamily, WorryAnswerTexts } from '../../knowledge/worryAnswer.js';
import type { Article } from '../../knowledge/article.js';
import { articleForRoute } from '../../knowledge/routeArticles.js';
import { traitsOf } from '../../knowledge/questionTraits.js';
import { describeWithRoute, familyWaitsForVeiligThuis, routeLines, specialRouteOf, type SpecialRoute } from '../../domain/understanding/specialRoute.js';
import { endsThemBoth, namesConcept } from '../../domain/understanding/dangerSituations.js';
import { normaliseText } from '../../domain/understanding/text.js';
import type { Sector } from '../../domain/constants.js';
import type { Asker } from '../../domain/understanding/askerSector.js';
import type { AcuteCardData } from '../../cards/acuteCard.js';
import { SafetyTexts as T } from './texts.js';

/** A worry whose danger is read, not placed now, gets at least the advice of today, not "bespreek het deze week". */
const AT_LEAST_ADVICE: Partial<Record<NextStep, NextStep>> = { record: 'advice', consult: 'advice' };

/** Questions whose short answer holds in danger too; "moet ik melden?" and "wat moet ik doen?" are answered by the numbers above. */
const inDanger = (question?: ExplicitQuestion): ExplicitQuestion | undefined => (traitsOf(question).inDanger ? question : undefined);
/**
 * A story read as danger now: its questions answered as danger needs (the family after Veilig Thuis), "moet ik melden?"
 * left to the numbers; in clear danger, how to ask Veilig Thuis for advice gives way to what to do now.
 */
const readingInDanger = (reading: WorryReading, clearDanger: boolean): WorryReading => {
  // "Kan ik haar hier houden?" about an adult is no child handed over at pick-up: what to do now answers it.
  const noChild = !reading.involved.some(isYoung);
  const kept = [reading.question, ...reading.alsoAsked].filter(
    (kind): kind is ExplicitQuestion => inDanger(kind) !== undefined && !(clearDanger && traitsOf(kind).notInClearDanger) && !(kind === 'unsafe-pickup' && noChild),
  );
  return { ...reading, question: kept[0], alsoAsked: kept.slice(1), step: 'veilig-thuis-first' };
};

/** A question with a short answer that holds in danger gets it; any other question, what to do now (for suicide: call first). */
function shortAnswerInDanger(question: ExplicitQuestion | undefined, suicide: boolean): { title: string; text: string } {
  const answered = inDanger(question);
  // In danger from someone at home the family comes after Veilig Thuis: "moet ik haar ouders bellen?" is not the step-3
  // talk. (Self-harm with a safe home is another matter: there the parents may be the help.)
  const familyLater = answered === 'talk-to-family' && !suicide;
  if (answered) return { title: WorryAnswerTexts.onYourQuestion, text: familyLater ? WorryAnswerTexts.notTheFamilyFirst : WorryAnswerTexts.answerToQuestion[answered] };
  return suicide ? { title: '', text: T.questionAfterSafety } : { title: T.actNowTitle, text: T.actNow };
}

/** The step below the numbers for when there is no danger right now after all: at least advice today. */
const stepIfNotAcute = (reading: WorryReading, sector?: Sector, asker?: Asker) => ({
  title: T.ifNotAcute,
  text: nextStepText(AT_LEAST_ADVICE[reading.step] ?? reading.step, sector, asker),
});

/** In danger, telling the family comes after Veilig Thuis: that comes before the rule of step 3. */
function articleAnswerInDanger(article: Article): { title: string; text: string; articleId: string } {
  const text = isAboutInformingTheFamily(article) ? `${WorryAnswerTexts.toldOfHarmFamilyLater} ${article.summary}` : article.summary;
  return { title: article.title, text, articleId: article.id };
}

/** Danger that a story cannot tell of without it being acute: the card names it and offers no step for "no danger now". */
const CLEAR_DANGER: ReadonlySet<AcuteSignal> = new Set<AcuteSignal>(['weapon', 'threat', 'strangulation', 'injured-perpetrator', 'perpetrator-near', 'departure', 'suicide', 'infant', 'fleeing']);

/** "Ik sta nu buiten bij de cliënt", "sta nu op de groep", "ik hoor het nu": the asker is where the violence is, now. */
const ASKER_ON_THE_SCENE = /(?:^|[.!?]\s*|\b(?:ik|we|wij)\s+)(?:sta|zit|ben|staan|zitten|zijn)\s+(?:hier\s+|er\s+)?nu\s+(?:bij|in|op|voor|aan|naast|buiten|binnen)\b(?!\s+de\s+\S+\s+keer)|\b(?:ik|we|wij)\s+(?:hoor|zie|horen|zien)\s+(?:\S+\s+)?nu\b/u;

/** "Wat moet ik nu doen?", "wat doe ik nu?": what to do at this moment, not what to write down or whom to tell. */
const WHAT_TO_DO_NOW = /\bwat\s+(?:moet|moeten|kan|kunnen)\s+(?:ik|we|wij)\s+(?:nu|nou|op dit moment|meteen)\s+doen\b|\bwat\s+(?:doe|doen)\s+(?:ik|we|wij)\s+(?:nu|nou)\b/u;

/** Clear danger that a story may tell of as a condition, not as something about to happen: a threat ("als ze weggaat"). */
const TOLD_DANGER: ReadonlySet<AcuteSignal> = new Set<AcuteSignal>(['threat']);

/**
 * Clear danger from someone at hand (a threat, a weapon, a hand round the throat, a suspect close by, someone locked in
 * or abused now): not a departure, suicide or a baby's injury.
 */
const THREATENED_NOW: ReadonlySet<AcuteSignal> = new Set([...[...CLEAR_DANGER].filter((s) => s !== 'departure' && s !== 'suicide' && s !== 'infant'), 'locked-deprived', 'sexual-abuse-now']);

/** "Vorige week dinsdag", "gisteren", "donderdag": days gone by that a story of a worker's harm is placed on. */
const DAYS_GONE_BY = /\b(?:vorige|afgelopen) (?:week|maand)\b|\b(?:gisteren|eergisteren)\b|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/u;

/** Danger placed at a time and place close at hand: someone who cannot go home tonight, harm expected tonight, a suspect near. */
const PLACED_NOW: ReadonlySet<AcuteSignal> = new Set<AcuteSignal>(['tonight', 'afraid-to-go-home', 'perpetrator-near', 'injured-perpetrator']);

/** Where the family waits for Veilig Thuis, the story is read that way and "tell the parents, in principle" is no answer. */
function besideRoute(route: SpecialRoute, reading: WorryReading, asked: readonly Article[]): [WorryReading, Article[]] {
  if (!familyWaitsForVeiligThuis(route)) return [reading, [...asked]];
  return [{ ...reading, step: 'veilig-thuis-first' }, asked.filter((article) => !isAboutInformingTheFamily(article))];
}

/** The acute answer for a message in personal chat: danger first, then what it read and a short answer. */
export function acuteAnswer(text: string, danger: AcuteAssessment, deps: Pick<Deps, 'knowledge' | 'config'>, sector?: Sector): AcuteCardData {
  const { signals } = danger;
  const understood = understand(text, deps.knowledge, sector);
  const worry = understood.kind === 'worry' ? understood : undefined;
  const reading = worry?.reading ?? readWorry(text);
  const normalised = normaliseText(text);
  // A message read as an article, not a worry, still has an asker: a neighbour is no professional melder. (A worry
  // carries its asker, left out for a professional.)
  const asker = worry ? (worry.asker ?? 'professional') : askerOf(text);
  // Suicide and nothing else read in a message that is no long story of a worry ("ik spaar mijn slaappillen op, dan hoef ik
  // niet meer"): the route for suicide, with 113, whatever words it used. A long story keeps the answers to its questions.
  const onlyModelRead = signals.every((s) => s === 'danger-described');
  const onlySuicideRead = signals.includes('suicide') && signals.every((s) => s === 'suicide' || s === 'danger-described') && !(worry && reading.signals.length > 0 && isLongStory(text));
  // A situation with its own route (a colleague, Veilig Thuis first, 113) gets that route below the numbers.
  // A departure read as danger (besnijdenis, a marriage, being left abroad) is such a route whatever words the story uses.
  const found = worry?.route ?? specialRouteOf(text, { ...reading, describesSituation: true }, sector, onlySuicideRead) ?? (signals.includes('departure') ? { kind: 'veilig-thuis-first' as const, departure: true } : undefined);
  // "Vanavond maak ik er een einde aan, aan jou en mij": a threat to someone else is not the route for suicide alone.
  const route = found?.kind === 'suicide' && endsThemBoth(normalised) ? undefined : found;
  if (route) {
    // Someone threatened or close to the danger now who asks what to do gets that before the route ("Wat moet ik NU
    // doen?"), also before a departure (locked in, the flight tomorrow). With a departure a knife is the cutter's, no weapon at hand.
    // A worker suspected of abuse who "staat morgen weer voor de deur" is the organisation's route, not "bel nu 112".
    // A worker's harm told of days ago ("vorige week trok ze …, donderdag zei ze …") is the organisation's route too, unless the story says now.
    const colleagueNow = route.kind !== 'colleague' || !DAYS_GONE_BY.test(normalised) || namesConcept(normalised, 'rightNow');
    const threatenedNow = colleagueNow && signals.some((s) => THREATENED_NOW.has(s) && !(signals.includes('departure') && s === 'weapon') && !(route.kind === 'colleague' && s === 'sexual-abuse-now'));
    const actNow = danger.urgency === 'now' && /\?/.test(text) && route.kind !== 'suicide' && threatenedNow;
    return {
      canResume: false,
      possible: danger.urgency === 'possible',
      suicide: signals.includes('suicide') || route.kind === 'suicide' || (route.kind === 'veilig-thuis-first' && route.selfHarm === true),
      // What the story tells where it sends to Veilig Thuis first ("mogelijk uitbuiting"), not a danger label it never said.
      // Danger only the model read ("een situatie die onveilig kan zijn") says less than the signals the story tells.
      reading: route.kind === 'veilig-thuis-first' ? describeWithRoute(reading, route).text : onlyModelRead && reading.signals.length > 0 ? describeReading(reading) : describeDanger(signals),
      // The story's questions, answered as its route needs them (the family after Veilig Thuis), unless what to do now comes first.
      // (Suicide keeps its card to the call first: what the family hears depends on whether home is safe.)
      lines: actNow ? [`**${T.actNowTitle}:** ${T.actNow}`] : route.kind === 'suicide' ? undefined : answerBesideRoute(...besideRoute(route, reading, worry?.asked ?? []), route.kind === 'colleague'),
      route: routeLines(route, deps.config.region.meldcode?.wijkteamColleagueRoute),
      answer: { title: '', text: '', articleId: articleForRoute(route) },
      veiligThuisFirst: familyWaitsForVeiligThuis(route),
      offerAdvice: true,
    };
  }
  // The danger is read in a story that does not place it now: below the numbers, what a worry needs (what it read,
  // the answers to its questions, the step if there is no danger now, the walk with its signals).
  if (danger.urgency === 'possible') {
    // The kinds of signals the story tells; when it names none, the danger that was read.
    const read = reading.signals.length > 0 ? describeReading(reading) : [describeDanger(signals), reading.involved.length > 0 ? describeReading(reading) : ''].filter(Boolean).join(' ');
    return {
      canResume: false,
      possible: true,
      suicide: signals.includes('suicide'),
      reading: read,
      lines: answerLines(reading, worry?.asked ?? [], worry?.openQuestion, asker, worry?.sector ?? sector),
      answer: stepIfNotAcute(reading, sector, asker),
      offerAdvice: true,
      startWalk: { signals: reading.signals },
    };
  }
  const asks = /\?/.test(text) || reading.question !== undefined;
  // A story of a worry read as danger now: below the numbers, what it read, its questions answered and the step for
  // when there is no danger right now after all. A short danger message keeps its card to the danger and its question.
  if (worry && reading.signals.length > 0 && isLongStory(text)) {
    // A weapon, a threat, a hand round the throat …: named first, and no step for "no danger now" below it.
    const clear = signals.filter((s) => CLEAR_DANGER.has(s));
    // A threat told with nothing that places it now or soon ("dreigt de kinderen mee te nemen als ze weggaat") is
    // named first, but its step is advice today rather than "bel nu 112".
    const toldOnly = clear.length > 0 && clear.every((s) => TOLD_DANGER.has(s)) && !namesConcept(normalised, 'rightNow') && !namesConcept(normalised, 'soon');
    // "Wat moet ik nu doen, kan ik haar hier houden?": what to do now, beside the short answer to the other question.
    const asksWhatToDo = WHAT_TO_DO_NOW.test(normalised);
    // Violence going on now where the asker stands ("ik hoor het nu door de deur") needs what to do now as much, and so does
    // danger placed tonight when the asker asks what to do now ("ze komen vannacht naar zijn huis … wat moet ik nu doen?").
    const actNowFits = (clear.length > 0 && !toldOnly) || (signals.includes('violence-now') && ASKER_ON_THE_SCENE.test(normalised)) || (asksWhatToDo && signals.some((s) => PLACED_NOW.has(s)));
    const inDangerReading = readingInDanger(reading, actNowFits);
    // "Er een eind aan maken, aan ons allebei" with a knife: a danger to others too, so what to do now, not only "call first".
    const suicideAlone = signals.includes('suicide') && !endsThemBoth(normalised) && !signals.some((s) => THREATENED_NOW.has(s));
    // Danger only told of is answered like a worry: its questions as asked, with the step of today below.
    const lines = answerLines(toldOnly ? reading : inDangerReading, worry.asked ?? [], false, asker, worry.sector ?? sector);
    return {
      canResume: false,
      suicide: signals.includes('suicide'),
      reading: describeReading(reading, undefined, clear),
      lines,
      // With clear danger, a question the numbers answer ("wat moet ik nu doen?") gets what to do now. Without it, the
      // reading of "now" may be wrong ("gisteren zei hij …"): the step for when there is no danger now, never "bel nu".
      answer: !actNowFits
        ? stepIfNotAcute(reading, sector, asker)
        : asks && (!inDangerReading.question || asksWhatToDo)
          ? shortAnswerInDanger(undefined, suicideAlone)
          : undefined,
      offerAdvice: true,
      startWalk: { signals: reading.signals },
    };
  }
  // Only an article that answers what was asked: the words of a danger message match articles on anything.
  const fits = understood.kind === 'answer' && asks && understood.answer.fitsQuestion && understood.answer.namesArticleTopic;
  const asked = worry?.asked?.[0] ?? (fits ? understood.answer.best.article : undefined);
  // "Moet ik eerst Veilig Thuis bellen?" with a knife in the hall: what to do now, not that Veilig Thuis is there for every worry.
  const whatToDoNow = signals.some((s) => CLEAR_DANGER.has(s)) && traitsOf(reading.question).notInClearDanger === true;
  return {
    canResume: false,
    suicide: signals.includes('suicide'),
    reading: describeDanger(signals),
    answer: whatToDoNow ? shortAnswerInDanger(undefined, signals.includes('suicide')) : asked ? articleAnswerInDanger(asked) : asks ? shortAnswerInDanger(reading.question, signals.includes('suicide')) : undefined,
    offerAdvice: true,
  };
}
