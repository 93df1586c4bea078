import type { Card } from './card.js';
import { PhoneNumbers } from '../domain/constants.js';
import { renderCard } from './render.js';
import { Verbs } from './verbs.js';
import template from './templates/acute.json' with { type: 'json' };

export interface AcuteCardData {
  /** Offer to go back to the meldcode walk in progress. */
  canResume: boolean;
  extra?: string;
  /** Suicide or self-harm: 113 Zelfmoordpreventie next to 112; Veilig Thuis only where home is unsafe (brief §7). */
  suicide?: boolean;
  /** "Wat ik lees": the situation in general words, never a name or other identifying detail. */
  reading?: string;
  /** Answers to what a story asks (markdown lines), below "Wat ik lees". */
  lines?: string[];
  /** The special route the situation needs (a colleague, Veilig Thuis first, 113), in the facts module's sentences. */
  route?: { title: string; lines: string[] };
  /** A short answer to what the message also asked, below the danger block. */
  answer?: { title: string; text: string; articleId?: string };
  /** The danger is read in a story that does not place it now: the heading asks, it does not tell to call now. */
  possible?: boolean;
  /** Signals for which Veilig Thuis comes before any talk with the family (brief §7): what to tell whom waits for Veilig Thuis. */
  veiligThuisFirst?: boolean;
  /** Offer the advice form (personal chat only). */
  offerAdvice?: boolean;
  /** Offer to start the meldcode walk with these signals already chosen (personal chat only). */
  startWalk?: { signals: string[] };
}

/** 112 first, then Veilig Thuis or 113: one card, the danger block on top and never pushed off the screen. */
export function acuteCard(d: AcuteCardData): Card {
  return renderCard(template, {
    ...PhoneNumbers,
    canResume: d.canResume,
    extra: d.extra ?? '',
    suicide: d.suicide ?? false,
    possible: d.possible ?? false,
    // Veilig Thuis as the number for danger that is not life-threatening; short where the danger is only possible.
    veiligThuisFirm: !d.suicide && !d.possible,
    veiligThuisCalm: !d.suicide && (d.possible ?? false),
    reading: d.reading ?? '',
    lines: d.lines ?? [],
    routeTitle: d.route?.title ?? '',
    routeLines: d.route?.lines ?? [],
    answerTitle: d.answer?.title ?? '',
    answerText: d.answer?.text ?? '',
    answerArticleId: d.answer?.articleId ?? '',
    // The line for someone who tells of violence: not with 113, and where Veilig Thuis comes first, what to tell whom waits for it.
    toldPlain: !d.suicide && !d.veiligThuisFirst,
    toldVeiligThuisFirst: !d.suicide && (d.veiligThuisFirst ?? false),
    offerAdvice: d.offerAdvice ?? false,
    startWalk: d.startWalk !== undefined,
    walkSignals: d.startWalk?.signals ?? [],
    startVerb: Verbs.meldcodeStart,
    resumeVerb: Verbs.meldcodeResume,
    showVerb: Verbs.knowledgeShow,
    adviceVerb: Verbs.adviceOpen,
  });
}
