// The workflow view's API client: same-origin fetches with the session cookie and the CSRF header; problems become errors.
import { ModClient } from '../api/mod-client.js';
import type { StaffPhoto } from '../cb-photos/photos.api.js';

export interface Deadline {
  kind: string;
  due: string;
  dueDate: string;
  state: 'met' | 'due' | 'overdue';
  metAt: string | null;
  late: boolean;
}

export interface CaseItem {
  id: number;
  trackingCode: string;
  kind: string;
  category: string | null;
  title: string;
  status: string;
  urgent: boolean;
  department: string | null;
  suggestedDepartment: string | null;
  createdAt: string;
  nextDeadline: Deadline | null;
}

export interface CaseDetail {
  id: number;
  /** The citizen's photos (cb-photos), shown to officers without the moderator's tools. */
  photos?: StaffPhoto[];
  trackingCode: string;
  title: string;
  body: string;
  location: string | null;
  status: string;
  urgent: boolean;
  department: { code: string; name: string; nameEn: string } | null;
  category: { code: string; name: string; nameEn: string } | null;
  referredTo: string | null;
  timeline: {
    id: number;
    type: string;
    to: string | null;
    actor: string;
    note: string | null;
    visibleToCitizen: boolean;
    at: string;
  }[];
  deadlines: Deadline[];
  notifications: { id: number; kind: string; to: string; status: string; attempts: number; lastError: string | null }[];
}

export interface Department {
  id: number;
  code: string;
  name: string;
  nameEn: string;
}

export interface UrgentItem {
  id: number;
  trackingCode: string;
  title: string;
  status: string;
  department: string | null;
  dispatchedAt: string | null;
  acknowledgedAt: string | null;
  minutesOpen: number;
}

export interface OverdueGroup {
  department: Department | null;
  items: { caseId: number; trackingCode: string; title: string; kind: string; dueDate: string; urgent: boolean }[];
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
  addChannel = (input: { department?: string; channel: 'email' | 'webhook'; target: string }) =>
    this.request<{ id: number; secret: string | null }>('POST', '/workflow/channels', input);
  removeChannel = (id: number) => this.request('DELETE', `/workflow/channels/${id}`);
}
