import type { z } from 'zod';
import { AdviceRequestSchema, type AdviceRequest } from '../../domain/advice/decisions.js';
import { assessAcuteDanger } from '../../domain/acuteDanger.js';
import { findIdentifyingData, maskFinding, PiiKindLabels } from '../../domain/privacy/guard.js';
import { findGemeente, type Region } from '../../domain/region.js';
import type { SubmitPayload } from './payloads.js';

export type SubmitOutcome =
  | { kind: 'invalid'; error: string }
  | { kind: 'acute'; request: AdviceRequest }
  | { kind: 'pii'; request: AdviceRequest; findings: { label: string; masked: string; kind: string }[] }
  | { kind: 'send'; request: AdviceRequest };

/**
 * What to do with a submitted advice form: ask again, warn about acute danger first, show the
 * identifying data found, or send. Pure; the acute check comes before anything else.
 */
export function decideSubmit(
  input: z.infer<typeof SubmitPayload>,
  region: Region,
  checks: { acuteAcknowledged: boolean; piiConfirmed: boolean },
): SubmitOutcome {
  const parsed = AdviceRequestSchema.safeParse(input);
  if (!parsed.success) return { kind: 'invalid', error: parsed.error.issues[0]!.message };
  const gemeente = findGemeente(region, parsed.data.gemeente);
  if (!gemeente) return { kind: 'invalid', error: 'Kies een gemeente uit de lijst.' };
  if (parsed.data.answerMode === 'terugbellen' && !parsed.data.callbackPhone) {
    return { kind: 'invalid', error: 'Vul je eigen telefoonnummer in, of kies antwoord in de chat.' };
  }
  const request = { ...parsed.data, gemeente: gemeente.name, callbackPhone: parsed.data.answerMode === 'terugbellen' ? parsed.data.callbackPhone : undefined };
  if (!checks.acuteAcknowledged && assessAcuteDanger(request.question).acute) return { kind: 'acute', request };
  if (!checks.piiConfirmed) {
    const findings = findIdentifyingData(request.question);
    if (findings.length > 0) {
      return { kind: 'pii', request, findings: findings.map((f) => ({ kind: f.kind, label: PiiKindLabels[f.kind], masked: maskFinding(f) })) };
    }
  }
  return { kind: 'send', request };
}
