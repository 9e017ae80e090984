// The photo review's calls: same-origin, the session cookie and the CSRF header; a problem becomes an Error with its detail.

export type PhotoState = 'pending' | 'approved' | 'rejected';

/** As the staff case view lists them (GET /api/v1/mod/posts/:id → photos). */
export interface StaffPhoto {
  id: string;
  state: PhotoState;
  width: number;
  height: number;
  url: string;
  jpegUrl: string;
  thumbnailUrl: string;
  alt: string | null;
  rejectReason: string | null;
  redactions: number;
  revision: number;
  /** Where the site keeps the pixels from before the first redaction (moderators only). */
  unredactedUrl?: string | null;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class PhotoApi {
  constructor(private readonly csrfToken: () => string) {}

  private async post(path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`/api/v1/mod/photos/${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        'X-CSRF-Token': this.csrfToken(),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const payload = (await response.json().catch(() => null)) as { detail?: string; errors?: { message: string }[] } | null;
    if (!response.ok) {
      throw new Error(
        [payload?.detail, ...(payload?.errors ?? []).map((e) => e.message)].filter(Boolean).join(' ') ||
          `HTTP ${response.status}`,
      );
    }
    return payload;
  }

  redact = (id: string, boxes: Box[], mode: 'blur' | 'cover') =>
    this.post(`${encodeURIComponent(id)}/redactions`, { boxes, mode });
  rotate = (id: string) => this.post(`${encodeURIComponent(id)}/rotate`, { degrees: 90 });
  approve = (id: string, alt: string) => this.post(`${encodeURIComponent(id)}/approve`, { alt });
  reject = (id: string, reason: string) => this.post(`${encodeURIComponent(id)}/reject`, { reason });
}
