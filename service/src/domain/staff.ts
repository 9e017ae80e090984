// Who works in the console: the staff roles and the signed-in staff member every use case acts for.

/** Every role a staff account can hold. `dpo`: the data protection officer, who answers citizens' privacy requests and nothing else. */
export const ROLES = ['admin', 'moderator', 'officer', 'dpo'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The signed-in staff member. A platform administrator is an `admin` with no site (`siteId: null`). */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  siteId: number | null;
  sessionId: string;
  csrfToken: string;
}

export function isPlatformAdmin(user: Pick<SessionUser, 'role' | 'siteId'>): boolean {
  return user.role === 'admin' && user.siteId === null;
}
