// Per-month counters of a site's cases (rejected posts not counted), kept by triggers on `cases`
// (migration 2026-11-29T60); merged into `Database`. The public statistics read these instead of every case.
export interface CaseCountTable {
  site_id: number;
  /** 'kind' | 'status' | 'channel' | 'category' (value: the category id, '' for none) | 'published' (value ''). */
  dimension: string;
  value: string;
  /** Bangkok `YYYY-MM` of the case's creation. */
  month: string;
  cases: number;
  /** Of those, cases with a resolution time. */
  resolved: number;
  rating_sum: number;
  rating_count: number;
}

export interface StatsTables {
  case_counts: CaseCountTable;
}
