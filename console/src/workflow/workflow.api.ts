// The workflow view's API client: same-origin fetches with the session cookie and the CSRF header; problems become errors.
import { ModClient } from '../api/mod-client.js';
import type { StaffPhoto } from '../cb-photos/photos.api.js';
import type { OverdueGroup, UrgentItem, WorkflowCase, WorkflowCaseItem } from '../../../service/src/contract/staff-api.js';

export type { OverdueGroup, UrgentItem } from '../../../service/src/contract/staff-api.js';
export type CaseItem = WorkflowCaseItem;
/** The case as an officer works on it, with the citizen's photos (cb-photos) when the view loads them. */
export type CaseDetail = WorkflowCase & { photos?: StaffPhoto[] };

export interface Deadline {
  kind: string;
  due: string;
  dueDate: string;
  state: 'met' | 'due' | 'overdue';
  metAt: string | null;
  late: boolean;
}

export interface Department {
  id: number;
  code: string;
  name: string;
  nameEn: string;
}

export interface OutboxItem {
  id: number;
  caseId: number | null;
  kind: string;
  channel: string;
  to: string;
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
}

export interface Calendar {
  site: string;
  holidayCalendar: 'th' | 'none';
  national: { date: string; type: string; name: string; nameEn: string }[];
  holidays: string[];
  workingDayOverrides: string[];
  deadlineRules: Record<string, unknown>;
}

export interface ChannelItem {
  id: number;
  department: string | null;
  channel: 'email' | 'webhook';
  target: string;
  kinds: string[];
}

export class WorkflowApi extends ModClient {
  meta = () =>
    this.request<{ site: { slug: string; name: string; nameEn: string }; departments: Department[] }>('GET', '/workflow/meta');
  cases = (query: Record<string, string> = {}) =>
    this.request<{ items: CaseItem[] }>('GET', `/workflow/cases?${new URLSearchParams(query)}`).then((r) => r.items);
  case = (id: number) => this.request<CaseDetail>('GET', `/workflow/cases/${id}`);
  urgent = () => this.request<{ items: UrgentItem[] }>('GET', '/workflow/urgent').then((r) => r.items);
  overdue = () => this.request<{ groups: OverdueGroup[] }>('GET', '/workflow/overdue').then((r) => r.groups);
  deadLetters = () => this.request<{ items: OutboxItem[] }>('GET', '/workflow/outbox?status=dead').then((r) => r.items);
  retry = (id: number) => this.request<OutboxItem>('POST', `/workflow/outbox/${id}/retry`);
  route = (id: number, department: string, note?: string) =>
    this.request('POST', `/posts/${id}/route`, { department, ...(note ? { note } : {}) });
  act = (id: number, action: 'acknowledge' | 'progress' | 'resolve' | 'info-request' | 'info-reply', note: string) =>
    this.request('POST', `/posts/${id}/${action}`, note ? { note } : {});
  refer = (id: number, agency: string, note?: string) =>
    this.request('POST', `/posts/${id}/refer`, { agency, ...(note ? { note } : {}) });
  flagUrgent = (id: number, urgent: boolean) => this.request('POST', `/posts/${id}/urgent`, { urgent });
  calendar = () => this.request<Calendar>('GET', '/workflow/calendar');
  saveCalendar = (change: { holidays?: string[]; workingDayOverrides?: string[] }) =>
    this.request<Calendar>('PUT', '/workflow/calendar', change);
  channels = () => this.request<{ items: ChannelItem[] }>('GET', '/workflow/channels').then((r) => r.items);
  addChannel = (input: { department?: string; channel: 'email' | 'webhook'; target: string; kinds?: string[] }) =>
    this.request<{ id: number; secret: string | null }>('POST', '/workflow/channels', input);
  removeChannel = (id: number) => this.request('DELETE', `/workflow/channels/${id}`);
}
