// Where re-encoded photo images live. The database holds only the key; the bytes are in a folder or a bucket.

export interface PhotoStore {
  /** `filesystem:/path` or `s3:endpoint/bucket`, for logs and the backup tool; never a secret. */
  readonly description: string;
  put(name: string, body: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such object. */
  get(name: string): Promise<Uint8Array | null>;
  /** Deleting what is not there succeeds. */
  delete(name: string): Promise<void>;
}

/** Object names are made by the service from a random key and a variant name; this refuses anything else. */
export function assertObjectName(name: string): void {
  if (!/^[A-Za-z0-9_-]{8,64}\/r\d{1,9}-\d{2,4}\.(webp|jpg)$/.test(name)) throw new Error(`Not a photo object name: ${name}`);
}
