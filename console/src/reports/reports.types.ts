// The shapes the console's reports and assets API returns: the service's own (service/src/contract/staff-api.ts).

export type { Asset, Compliance, Report, Tally, Timing } from '../../../service/src/contract/staff-api.js';

export interface Label {
  th: string;
  en: string;
}

export interface SiteOption {
  slug: string;
  name: string;
  nameEn?: string;
  categories: { code: string; name: string; nameEn?: string }[];
}

export interface ReportsProblem {
  title?: string;
  detail?: string;
  errors?: { path: string; message: string }[];
}
