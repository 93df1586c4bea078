import type { Attachment } from 'botbuilder';
import { PhoneNumbers } from '../domain/constants.js';
import { renderCard } from './render.js';
import { Verbs } from './verbs.js';
import template from './templates/acute.json' with { type: 'json' };

export interface AcuteCardData {
  /** Offer to go back to the meldcode walk in progress. */
  canResume: boolean;
  extra?: string;
}

/** 112 first, then Veilig Thuis: shown before anything else whenever danger is stated. */
export function acuteCard(d: AcuteCardData): Attachment {
  return renderCard(template, { ...PhoneNumbers, canResume: d.canResume, extra: d.extra ?? '', resumeVerb: Verbs.meldcodeResume });
}
