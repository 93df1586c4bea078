import { AppError } from '../core/errors.js';

export type StoreErrorCode = 'store_file_corrupt' | 'store_file_unreadable' | 'store_closed' | 'store_conflict' | 'store_locked' | 'store_row_invalid' | 'store_unavailable';

export class StoreError extends AppError {
  constructor(code: StoreErrorCode, message: string, context: Record<string, unknown> = {}) {
    super(code, context, message);
  }
}
