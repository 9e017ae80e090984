// What a channel is handed to deliver one outbox message, and the shape every channel module implements.

export interface Delivery {
  /** The outbox row id: receivers use it to drop a duplicate delivery. */
  id: number;
  kind: string;
  subject: string;
  body: string;
  /** JSON for webhooks. */
  payload: string;
}

export interface EmailTarget {
  to: string;
}

export interface WebhookTarget {
  url: string;
  secret: string;
}

/** Resolves on delivery; rejects with a reason safe to store and show (no addresses, no content). */
export interface Channel<T> {
  readonly name: string;
  send(delivery: Delivery, target: T): Promise<void>;
  close?(): Promise<void>;
}
