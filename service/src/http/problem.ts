// The one error shape at the edge: application/problem+json (RFC 9457) with field paths.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export interface FieldError {
  path: string;
  message: string;
}

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Thrown anywhere in a handler; turned into problem+json by `problemResponse`. */
export class Problem extends HTTPException {
  constructor(
    readonly statusCode: ContentfulStatusCode,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(statusCode, { message: detail });
  }
}

export function fieldErrorsFrom(error: z.ZodError, prefix: readonly (string | number)[] = []): FieldError[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: issue.message,
  }));
}

export function problemBody(status: number, detail: string, errors: FieldError[] = []) {
  const title = TITLES[status] ?? 'Error';
  return {
    type: `https://complaint-box.dev/problems/${title.toLowerCase().replace(/\s+/g, '-')}`,
    title,
    status,
    detail,
    ...(errors.length > 0 ? { errors } : {}),
  };
}

export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  errors: FieldError[] = [],
  headers: Record<string, string> = {},
) {
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  return c.body(JSON.stringify(problemBody(status, detail, errors)), status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}
