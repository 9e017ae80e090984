// Open or closed, as Open311 and the open-data files summarise a case's status. Pure.
import type { CaseStatus } from './case.js';
import { OPEN_STATUSES } from './case-lifecycle.js';

export type StatusGroup = 'open' | 'closed';

/** Resolved counts as closed: the department reported it done (the citizen may still reopen it). */
export function statusGroup(status: string): StatusGroup {
  return OPEN_STATUSES.includes(status as CaseStatus) ? 'open' : 'closed';
}

export function statusesIn<S extends string>(group: StatusGroup, all: readonly S[]): S[] {
  return all.filter((s) => statusGroup(s) === group);
}

/** Coordinates in public files are rounded to 3 decimals (about 110 m): enough to map, too coarse to find a house. */
export function publicCoordinate(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}
