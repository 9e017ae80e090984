// The shapes the console's reports and assets API returns (service: use-cases/reports, use-cases/assets).

export interface Label {
  th: string;
  en: string;
}

export interface Tally {
  key: string;
  count: number;
}

export interface Timing {
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface Compliance {
  rule: string;
  met: number;
  missed: number;
  pending: number;
  rate: number | null;
}

export interface Report {
  site: { slug: string; name: string; nameEn: string };
  period: { kind: 'month' | 'year'; label: string; from: string; to: string };
  asOf: string;
  total: number;
  urgent: number;
  byKind: Tally[];
  byCategory: Tally[];
  byDepartment: Tally[];
  byChannel: Tally[];
  byStatus: Tally[];
  byMonth: { month: string; received: number; resolved: number }[];
  byAsset: { code: string; name: string; count: number }[];
  timeToAcknowledge: Timing;
  timeToResolve: Timing;
  deadlines: Compliance[];
  deadlinesByDepartment: (Compliance & { department: string })[];
  reopen: { resolved: number; reopened: number; rate: number | null };
  satisfaction: { count: number; mean: number | null; distribution: { rating: number; count: number }[] };
  audit: {
    seed: string;
    population: number;
    sample: {
      id: number;
      trackingCode: string;
      kind: string;
      category: string;
      department: string;
      status: string;
      resolvedAt: string;
    }[];
  };
  labels: Record<'kind' | 'category' | 'department' | 'channel' | 'status' | 'rule', Record<string, Label>>;
}

export interface Asset {
  id: number;
  code: string;
  name: string;
  category: string | null;
  locationText: string;
  active: boolean;
  createdAt: string;
  presetLocation: string;
  caseCount: number;
  landingUrl: string;
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
