// Expected refusals of a use case, as values the edge turns into problem+json.
import type { FieldError } from '../http/problem.js';

export type UseCaseErrorCode = 'invalid' | 'not_found' | 'unauthorized' | 'forbidden' | 'conflict' | 'gone';

export class UseCaseError extends Error {
  constructor(
    readonly code: UseCaseErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}
