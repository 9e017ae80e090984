// Loads a citizen's own case with the access key, and sends their messages and feedback.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type ApiClient } from '../api/api-client.js';
import type { CaseView, Feedback } from '../api/api.types.js';

export type TrackingState =
  { status: 'idle' } | { status: 'loading' } | { status: 'loaded'; view: CaseView } | { status: 'failed'; error: ApiError };

export class TrackingController implements ReactiveController {
  state: TrackingState = { status: 'idle' };
  code = '';
  key = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  async open(api: ApiClient, code: string, key: string): Promise<TrackingState> {
    this.code = code.trim().toUpperCase();
    this.key = key.trim();
    this.set({ status: 'loading' });
    return this.reload(api);
  }

  async reload(api: ApiClient): Promise<TrackingState> {
    try {
      return this.set({ status: 'loaded', view: await api.track(this.code, this.key) });
    } catch (error) {
      return this.set({ status: 'failed', error: error instanceof ApiError ? error : new ApiError(0, null) });
    }
  }

  /** Sends a message, then reloads so the timeline shows it; errors are left to the caller. */
  async addMessage(api: ApiClient, body: string): Promise<void> {
    await api.addMessage(this.code, this.key, body);
    await this.reload(api);
  }

  async sendFeedback(api: ApiClient, feedback: Feedback): Promise<void> {
    await api.sendFeedback(this.code, this.key, feedback);
    await this.reload(api);
  }

  close(): void {
    this.key = '';
    this.set({ status: 'idle' });
  }

  private set(state: TrackingState): TrackingState {
    this.state = state;
    this.host.requestUpdate();
    return state;
  }
}
