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

/** Normalises anything thrown into an AppError, keeping the original as `cause`. */
export function asAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = err instanceof ZodError ? 'invalid_payload' : 'unexpected';
  const context = err instanceof ZodError ? { fields: err.issues.map((i) => i.path.join('.')).join(',') } : { errorName: err instanceof Error ? err.name : typeof err };
  const wrapped = new AppError(code, context);
  (wrapped as { cause?: unknown }).cause = err;
  return wrapped;
}
