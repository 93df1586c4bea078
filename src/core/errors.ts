import { ZodError } from 'zod';

/**
 * Every failure we expect carries a code and the context it happened in; handlers branch on `code`,
 * never on the message. Context must never hold message text or case content.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly context: Record<string, unknown> = {},
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/** Codes of a click or form whose data does not fit (stale or forged card): the person reads "werkt niet (meer)". */
const payloadCodes = new Set(['invalid_payload', 'card_payload_invalid']);

export function isPayloadError(err: AppError): boolean {
  return payloadCodes.has(err.code);
}

/** Normalises anything thrown into an AppError, keeping the original as `cause`. */
export function asAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = err instanceof ZodError ? 'invalid_payload' : 'unexpected';
  const context = err instanceof ZodError ? { fields: err.issues.map((i) => i.path.join('.')).join(',') } : { errorName: err instanceof Error ? err.name : typeof err };
  const wrapped = new AppError(code, context);
  (wrapped as { cause?: unknown }).cause = err;
  return wrapped;
}

/**
 * The first stack frames of an error, for the log. Only the "at …" lines: the lines before them
 * are the message, and a ZodError's message holds the received values (the person's text).
 */
export function safeStackFrames(err: unknown, frames = 3): string | undefined {
  if (!(err instanceof Error) || !err.stack) return undefined;
  const lines = err.stack.split('\n').filter((l) => /^\s+at /.test(l));
  return lines.slice(0, frames).map((l) => l.trim()).join(' | ') || undefined;
}
