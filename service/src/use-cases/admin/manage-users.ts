// The administrator manages staff accounts: roles, department binding, deactivation, password resets.
import type { Role, SessionUser } from '../../domain/staff.js';
import { hashPassword } from '../../security/password.js';
import { revokeUserSessions } from '../../storage/session.repository.js';
import { findSiteBySlug, listSites } from '../../storage/site.repository.js';
import type { UserRow } from '../../storage/tables/user.table.js';
import { findUserByUsername, insertUser } from '../../storage/user.repository.js';
import { passwordProblem } from '../auth/change-password.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';

export interface UserInput {
  username: string;
  displayName: string;
  role: Role;
  departmentId?: number | null | undefined;
  siteId?: number | null | undefined;
  /** The site's slug; null binds to no site (a platform administrator). */
  site?: string | null | undefined;
  password: string;
}

export type UserChanges = Partial<Omit<UserInput, 'username'>> & { active?: boolean | undefined };

/** What the console shows of an account: never the hash. */
export function presentUser(row: UserRow, slugs: ReadonlyMap<number, string> = new Map()) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    departmentId: row.department_id,
    siteId: row.site_id,
    site: row.site_id === null ? null : (slugs.get(row.site_id) ?? null),
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

async function siteSlugs(deps: UseCaseDeps): Promise<Map<number, string>> {
  return new Map((await listSites(deps.db.kysely)).map((s) => [s.id, s.slug]));
}

/**
 * The site id a request names, by slug (`site`) or id (`siteId`); undefined when it names none. Another site's
 * slug is refused as its id always was (403): slugs are public, so this tells nothing new.
 */
async function siteIdOf(
  deps: UseCaseDeps,
  admin: SessionUser,
  input: { site?: string | null | undefined; siteId?: number | null | undefined },
): Promise<number | null | undefined> {
  if (input.site === undefined) return input.siteId;
  if (input.site === null) {
    if (input.siteId !== undefined && input.siteId !== null)
      throw new UseCaseError('invalid', 'Name the site once.', [{ path: 'site', message: 'Disagrees with siteId' }]);
    return null;
  }
  const site = await findSiteBySlug(deps.db.kysely, input.site);
  if (!site) throw new UseCaseError('invalid', `No site "${input.site}".`, [{ path: 'site', message: 'Unknown site' }]);
  if (admin.siteId !== null && site.id !== admin.siteId)
    throw new UseCaseError('forbidden', 'You administer only your own site.', [{ path: 'site', message: 'Not your site' }]);
  if (input.siteId !== undefined && input.siteId !== site.id)
    throw new UseCaseError('invalid', 'Name the site once.', [{ path: 'site', message: 'Disagrees with siteId' }]);
  return site.id;
}

/** Checks the role's binding and returns the site the user works for (a department implies its site). */
async function checkBinding(
  deps: UseCaseDeps,
  admin: SessionUser,
  role: Role,
  departmentId: number | null,
  siteId: number | null,
): Promise<number | null> {
  if (role === 'officer' && departmentId === null) {
    throw new UseCaseError('invalid', 'An officer works for a department.', [
      { path: 'departmentId', message: 'Required for officers' },
    ]);
  }
  let site = siteId ?? admin.siteId;
  if (departmentId !== null) {
    const department = await deps.db.kysely
      .selectFrom('departments')
      .select(['id', 'site_id'])
      .where('id', '=', departmentId)
      .executeTakeFirst();
    if (!department)
      throw new UseCaseError('invalid', 'No such department.', [{ path: 'departmentId', message: 'Unknown department' }]);
    if (site !== null && department.site_id !== site)
      throw new UseCaseError('invalid', 'The department belongs to another site.', [
        { path: 'departmentId', message: 'Not on this site' },
      ]);
    site = department.site_id;
  }
  if (admin.siteId !== null && site !== admin.siteId) throw new UseCaseError('forbidden', 'You administer only your own site.');
  return site;
}

/** An administrator bound to one site manages only that site's staff. */
function inScope(admin: SessionUser, row: UserRow): boolean {
  return admin.siteId === null || row.site_id === admin.siteId;
}

export async function listUsers(deps: UseCaseDeps, admin: SessionUser) {
  const rows = await deps.db.kysely.selectFrom('users').selectAll().orderBy('username').execute();
  const slugs = await siteSlugs(deps);
  return rows.filter((row) => inScope(admin, row)).map((row) => presentUser(row, slugs));
}

export async function createUser(deps: UseCaseDeps, admin: SessionUser, input: UserInput) {
  const username = input.username.trim().toLowerCase();
  if (await findUserByUsername(deps.db.kysely, username))
    throw new UseCaseError('conflict', 'That username is taken.', [{ path: 'username', message: 'Taken' }]);
  const problem = passwordProblem(input.password, username);
  if (problem) throw new UseCaseError('invalid', problem, [{ path: 'password', message: problem }]);
  const departmentId = input.departmentId ?? null;
  const siteId = await checkBinding(deps, admin, input.role, departmentId, (await siteIdOf(deps, admin, input)) ?? null);
  const at = deps.clock.now().toISOString();
  const hash = await hashPassword(input.password);
  const id = await deps.db.kysely.transaction().execute(async (trx) => {
    const created = await insertUser(trx, {
      username,
      display_name: input.displayName,
      password_hash: hash,
      role: input.role,
      department_id: departmentId,
      site_id: siteId,
      created_at: at,
    });
    await audit(trx, {
      userId: admin.id,
      action: 'user.create',
      targetType: 'user',
      targetId: created,
      after: { username, displayName: input.displayName, role: input.role, departmentId, siteId },
      at,
    });
    return created;
  });
  return presentUser(
    await deps.db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    await siteSlugs(deps),
  );
}

export async function updateUser(deps: UseCaseDeps, admin: SessionUser, id: number, changes: UserChanges) {
  const db = deps.db.kysely;
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !inScope(admin, row)) throw new UseCaseError('not_found', 'No such user.');
  if (row.id === admin.id && ((changes.role && changes.role !== 'admin') || changes.active === false)) {
    throw new UseCaseError('conflict', 'You cannot demote or deactivate yourself; ask another administrator.');
  }
  const role = changes.role ?? (row.role as Role);
  const departmentId = changes.departmentId === undefined ? row.department_id : changes.departmentId;
  const named = await siteIdOf(deps, admin, changes);
  const siteId = await checkBinding(deps, admin, role, departmentId, named === undefined ? row.site_id : named);
  if (changes.password !== undefined) {
    const problem = passwordProblem(changes.password, row.username);
    if (problem) throw new UseCaseError('invalid', problem, [{ path: 'password', message: problem }]);
  }
  const hash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  const next = {
    display_name: changes.displayName ?? row.display_name,
    role,
    department_id: departmentId,
    site_id: siteId,
    active: changes.active === undefined ? row.active : changes.active ? 1 : 0,
  };
  const at = deps.clock.now().toISOString();
  // Whoever loses rights or a password loses their sessions at once, not at the next expiry.
  const endSessions =
    hash !== undefined ||
    next.active === 0 ||
    next.role !== row.role ||
    next.department_id !== row.department_id ||
    next.site_id !== row.site_id;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ ...next, ...(hash ? { password_hash: hash } : {}) })
      .where('id', '=', id)
      .execute();
    const ended = endSessions ? await revokeUserSessions(trx, id, at) : 0;
    const before = presentUser(row);
    const after = presentUser({ ...row, ...next });
    await audit(trx, {
      userId: admin.id,
      action: 'user.update',
      targetType: 'user',
      targetId: id,
      before,
      after: { ...after, passwordReset: hash !== undefined, sessionsEnded: ended },
      at,
    });
  });
  return presentUser(
    await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    await siteSlugs(deps),
  );
}
