// Previews what screening would hold, debounced while the citizen types; stale answers are dropped.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiClient } from '../api/api-client.js';
import type { ScreeningResult } from '../api/api.types.js';

export type ScreeningState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'done'; text: string; result: ScreeningResult }
  | { status: 'unavailable' };

export class ScreeningController implements ReactiveController {
  state: ScreeningState = { status: 'idle' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | undefined;
  private last = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay = 700,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  /** Schedules a check of `text`; only the newest text typed is ever shown. */
  schedule(api: ApiClient, text: string): void {
    clearTimeout(this.timer);
    if (!text.trim()) {
      this.cancel();
      this.last = '';
      this.set({ status: 'idle' });
      return;
    }
    if (text === this.last) return;
    this.timer = setTimeout(() => void this.check(api, text), this.delay);
  }

  private async check(api: ApiClient, text: string): Promise<void> {
    this.inflight?.abort();
    const inflight = (this.inflight = new AbortController());
    this.last = text;
    this.set({ status: 'checking' });
    try {
      const result = await api.screen(text, inflight.signal);
      if (inflight.signal.aborted) return;
      this.set({ status: 'done', text, result });
    } catch {
      // The preview is a courtesy: when screening is down the citizen can still send.
      if (!inflight.signal.aborted) this.set({ status: 'unavailable' });
    }
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.inflight?.abort();
  }

  private set(state: ScreeningState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
