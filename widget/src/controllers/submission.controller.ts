// Sends a post once: one Idempotency-Key per post, kept across retries until the service answers.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, newIdempotencyKey, type ApiClient } from '../api/api-client.js';
import type { NewPost, Receipt } from '../api/api.types.js';

export type SubmissionState =
  { status: 'idle' } | { status: 'sending' } | { status: 'sent'; receipt: Receipt } | { status: 'failed'; error: ApiError };

export class SubmissionController implements ReactiveController {
  state: SubmissionState = { status: 'idle' };
  private key: string | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The key of the attempt in flight or to be retried; exposed for tests and diagnostics. */
  get idempotencyKey(): string | null {
    return this.key;
  }

  async submit(api: ApiClient, post: NewPost): Promise<SubmissionState> {
    if (this.state.status === 'sending') return this.state;
    // A retry after a failure keeps the key: if the first attempt did reach the service,
    // the service answers with that case instead of opening a second one.
    this.key ??= newIdempotencyKey();
    this.set({ status: 'sending' });
    try {
      const receipt = await api.submitPost(post, this.key);
      this.key = null;
      return this.set({ status: 'sent', receipt });
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0, null);
      // A refusal (4xx other than 429) means nothing was stored: the next attempt is a new one.
      if (failure.status >= 400 && failure.status < 500 && failure.status !== 429 && failure.status !== 409) {
        this.key = null;
      }
      return this.set({ status: 'failed', error: failure });
    }
  }

  reset(): void {
    this.key = null;
    this.set({ status: 'idle' });
  }

  private set(state: SubmissionState): SubmissionState {
    this.state = state;
    this.host.requestUpdate();
    return state;
  }
}
