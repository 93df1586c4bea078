import type { z } from 'zod';
import { AppError } from '../core/errors.js';

/** Parses card data; a click that does not fit (a stale or forged card) is an AppError with code, not a ZodError. */
export function parsePayload<S extends z.ZodTypeAny>(schema: S, data: unknown, verb: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new AppError('card_payload_invalid', { verb, issues: parsed.error.issues.length });
  return parsed.data;
}
