// The widget's public DOM events: bubbling, composed, typed, and fired only on a citizen's action.
import type { Kind } from './api/api.types.js';

export type ComplaintView = 'form' | 'track' | 'feed';

export interface ComplaintSubmittedDetail {
  /** The tracking number; never the access key or contact data. */
  trackingCode: string;
  kind: Kind;
  /** `published` when it is public now, `held` when a moderator must check it first. */
  state: 'published' | 'held';
}

export interface ComplaintErrorDetail {
  /** What the citizen was doing when it failed. */
  action: 'load' | 'submit' | 'track' | 'message' | 'feedback' | 'feed' | 'privacy';
  /** HTTP status, or 0 when the network failed. */
  status: number;
  message: string;
}

export interface ComplaintViewChangeDetail {
  view: ComplaintView;
}

export interface ComplaintEventMap {
  'complaint-submitted': CustomEvent<ComplaintSubmittedDetail>;
  'complaint-error': CustomEvent<ComplaintErrorDetail>;
  'complaint-view-change': CustomEvent<ComplaintViewChangeDetail>;
}

/** Dispatches one of the widget's events so it crosses the shadow boundary to the host page. */
export function emit<K extends keyof ComplaintEventMap>(
  from: EventTarget,
  name: K,
  detail: ComplaintEventMap[K]['detail'],
): void {
  from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

// The events bubble out of the shadow root, so a page can listen on the element or on document.
declare global {
  interface HTMLElementEventMap extends ComplaintEventMap {}
  interface DocumentEventMap extends ComplaintEventMap {}
}
