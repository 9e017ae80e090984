// The privacy queue's API client: same-origin fetches with the session cookie and the CSRF header; problems become errors.
import { ModClient } from '../api/mod-client.js';

export type RequestType = 'erasure' | 'correction' | 'restriction';
export type RequestStatus = 'open' | 'completed' | 'refused';

export interface QueueItem {
  id: number;
  caseId: number;
  trackingCode: string;
  caseStatus: string;
  type: RequestType;
  details: string | null;
  keepPublicText: boolean;
  status: RequestStatus;
  dueBy: string;
  overdue: boolean;
  createdAt: string;
  decidedAt: string | null;
  refusal: { ground: string | null; reason: string | null } | null;
  contact: { name: string | null; phone: string | null; email: string | null } | null;
}

export interface Ground {
  code: string;
  th: string;
  en: string;
}

export interface Queue {
  items: QueueItem[];
  open: number;
  overdue: number;
  grounds: Ground[];
}

export interface CorrectedContact {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
}

export class PrivacyApi extends ModClient {
  constructor(csrfToken: () => string, base = '/api/v1/mod') {
    super(csrfToken, base, { namePath: true });
  }

  queue = (status: RequestStatus | 'all', site?: string) =>
    this.request<Queue>('GET', `/privacy-requests?${new URLSearchParams({ status, ...(site ? { site } : {}) })}`);
  complete = (id: number, body: { keepPublicText?: boolean; contact?: CorrectedContact } = {}) =>
    this.request<unknown>('POST', `/privacy-requests/${id}/complete`, body);
  refuse = (id: number, ground: string, reason?: string) =>
    this.request<unknown>('POST', `/privacy-requests/${id}/refuse`, { ground, ...(reason ? { reason } : {}) });
  recordUrl = (site?: string) =>
    `${this.base}/privacy/record?${new URLSearchParams({ format: 'html', ...(site ? { site } : {}) })}`;
}
