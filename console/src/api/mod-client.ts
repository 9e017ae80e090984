// The base of the console's smaller API clients (workflow, privacy, sites): same-origin cookies, the CSRF header on
// every change, and a refused call thrown with the problem's first field error or its detail as the message.

export class ModApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** Every field error of the problem, by dotted path (`allowedOrigins.1`), for forms that mark their inputs. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface ModClientOptions {
  /** Prefix the first field error with its path (`contact.email: …`), for views that show no form. */
  namePath?: boolean;
  /** The problem's detail as the message, its field errors only in `fields` (forms that show them by their inputs). */
  detailFirst?: boolean;
}

export class ModClient {
  constructor(
    protected readonly csrfToken: () => string,
    protected readonly base = '/api/v1/mod',
    private readonly options: ModClientOptions = {},
  ) {}

  protected async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(method === 'GET' ? {} : { 'X-CSRF-Token': this.csrfToken() }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const errors = (data?.errors ?? []) as { path: string; message: string }[];
      const fields: Record<string, string> = {};
      for (const e of errors) fields[e.path] ??= e.message;
      const field = errors[0];
      const fieldMessage = field && (this.options.namePath ? `${field.path}: ${field.message}` : field.message);
      const message = this.options.detailFirst ? data?.detail : fieldMessage;
      throw new ModApiError(message ?? fieldMessage ?? data?.detail ?? `HTTP ${response.status}`, response.status, fields);
    }
    return data as T;
  }
}
