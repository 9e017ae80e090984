// Turns an API failure into one sentence the citizen can act on.
import type { ApiError } from '../api/api-client.js';
import type { Translation } from '../i18n/index.js';

export function errorMessage(t: Translation, error: ApiError): string {
  if (error.status === 0) return t.errorNetwork;
  if (error.status === 429) return t.errorRateLimited(error.retryAfter ?? 60);
  if (error.status >= 500) return t.errorGeneric;
  // The service's own detail is already worded for people (and in the site's language).
  return error.problem?.detail ?? error.problem?.title ?? t.errorGeneric;
}
