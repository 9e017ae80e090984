// `npm run site -- <command>`: create, list, update, archive and restore sites from a shell, through the same use
// cases and validation as the administration API. Parsing and output live here, apart from opening the database.
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { canonicalStrings } from '../domain/canonical-text.js';
import { siteCreateSchema, siteUpdateSchema } from '../routes/site-admin.schemas.js';
import type { UseCaseDeps } from '../use-cases/deps.js';
import { UseCaseError } from '../use-cases/errors.js';
import { createSite } from '../use-cases/sites/create-site.js';
import { listSitesFor, updateSite } from '../use-cases/sites/manage-sites.js';
import type { PresentedSite } from '../use-cases/sites/site.presenter.js';

export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export const HELP = `Manage the municipalities (sites) this service hosts.

Usage:
  npm run site -- create --slug pakkret --name "เทศบาลนครปากเกร็ด" --name-en "Pak Kret City Municipality" \\
                         --prefix PKK --origin https://www.pakkretcity.go.th [--origin …]
                         [--hotline 02-960-9704] [--office-hours "…" --office-hours-en "…"]
  npm run site -- list [--json]
  npm run site -- update <slug> [--name …] [--name-en …] [--origin … (replaces the list)] [--prefix …]
                         [--hotline …] [--office-hours "…" --office-hours-en "…"]
  npm run site -- archive <slug>     stop taking posts; every record stays readable
  npm run site -- restore <slug>     take posts again

A new site starts with the usual departments and categories of Thai local government, a privacy notice naming
it, its hotline and office hours; edit them in the console. The slug never changes; the tracking prefix only
while the site has no case. The database is DATABASE_URL's (default: the SQLite file under ./data/).

Exit status: 0 done, 1 refused (invalid value, slug or prefix taken, no such site), 2 wrong usage.`;

export interface CommandOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const OPTIONS = {
  slug: { type: 'string' },
  name: { type: 'string' },
  'name-en': { type: 'string' },
  prefix: { type: 'string' },
  origin: { type: 'string', multiple: true },
  hotline: { type: 'string' },
  'office-hours': { type: 'string' },
  'office-hours-en': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

type Values = ReturnType<typeof parse>['values'];

function officeHours(values: Values): { th: string; en: string } | undefined {
  const th = values['office-hours'];
  const en = values['office-hours-en'];
  if (th === undefined && en === undefined) return undefined;
  if (th === undefined || en === undefined)
    throw new UsageError('Give office hours in both languages: --office-hours and --office-hours-en.');
  return { th, en };
}

/** The same zod schema as the API, on the same canonical text; failures name the option. */
function validate<T extends z.ZodType>(schema: T, raw: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse(canonicalStrings(raw));
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${optionOf(issue.path.map(String))}: ${issue.message}`);
  throw new UseCaseError('invalid', `Not created or changed:\n${lines.join('\n')}`);
}

const OPTION_OF: Record<string, string> = {
  slug: '--slug',
  name: '--name',
  nameEn: '--name-en',
  trackingPrefix: '--prefix',
  allowedOrigins: '--origin',
  hotline: '--hotline',
  'officeHours.th': '--office-hours',
  'officeHours.en': '--office-hours-en',
};

function optionOf(path: string[]): string {
  const [head, second] = path;
  const key = head === 'officeHours' ? `officeHours.${second}` : (head ?? '');
  const option = OPTION_OF[key] ?? key;
  return head === 'allowedOrigins' && second !== undefined ? `${option} #${Number(second) + 1}` : option;
}

function describe(site: PresentedSite, serviceUrl: string): string {
  return [
    `${site.slug}  ${site.name} / ${site.nameEn}${site.archived ? `  [archived ${site.archivedAt}]` : ''}`,
    `  tracking numbers  ${site.trackingPrefix}-<year>-<number>`,
    `  embedding origins ${site.allowedOrigins.length > 0 ? site.allowedOrigins.join(', ') : '(none yet: the widget works only on the service itself)'}`,
    ...(site.hotline ? [`  hotline           ${site.hotline}`] : []),
    `  embed             <script type="module" src="${serviceUrl}/widget/complaint-box.js"></script>`,
    `                    <complaint-box site="${site.slug}"></complaint-box>`,
  ].join('\n');
}

function slugArgument(positionals: string[], values: Values): string {
  const slug = positionals[1] ?? values.slug;
  if (!slug) throw new UsageError('Name the site: npm run site -- <command> <slug>.');
  return slug.trim().toLowerCase();
}

async function run(deps: UseCaseDeps, argv: string[], io: CommandOutput, serviceUrl: string, operator: string) {
  const { values, positionals } = parse(argv);
  const command = positionals[0];
  if (values.help || command === undefined || command === 'help') {
    io.out(HELP);
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  const actor = { operator };
  switch (command) {
    case 'create': {
      const input = validate(siteCreateSchema, {
        slug: values.slug,
        name: values.name,
        nameEn: values['name-en'],
        trackingPrefix: values.prefix,
        allowedOrigins: values.origin ?? [],
        hotline: values.hotline,
        officeHours: officeHours(values),
      });
      const site = await createSite(deps, actor, input);
      io.out(`Created ${site.slug}.\n${describe(site, serviceUrl)}`);
      return EXIT.ok;
    }
    case 'list': {
      const sites = await listSitesFor(deps, actor);
      if (values.json) io.out(JSON.stringify(sites, null, 2));
      else
        io.out(
          sites.length === 0
            ? 'No site yet: npm run site -- create --help'
            : sites.map((s) => describe(s, serviceUrl)).join('\n\n'),
        );
      return EXIT.ok;
    }
    case 'update': {
      const slug = slugArgument(positionals, values);
      const changes = validate(siteUpdateSchema, {
        name: values.name,
        nameEn: values['name-en'],
        trackingPrefix: values.prefix,
        allowedOrigins: values.origin,
        hotline: values.hotline,
        officeHours: officeHours(values),
      });
      if (Object.values(changes).every((v) => v === undefined))
        throw new UsageError('Nothing to change: give --name, --origin, …');
      io.out(`Updated ${slug}.\n${describe(await updateSite(deps, actor, slug, changes), serviceUrl)}`);
      return EXIT.ok;
    }
    case 'archive':
    case 'restore': {
      const slug = slugArgument(positionals, values);
      const site = await updateSite(deps, actor, slug, { archived: command === 'archive' });
      io.out(
        command === 'archive'
          ? `Archived ${site.slug}: it takes no new posts; its records stay.`
          : `Restored ${site.slug}: it takes posts again.`,
      );
      return EXIT.ok;
    }
    default:
      throw new UsageError(`Unknown command "${command}". Commands: create, list, update, archive, restore.`);
  }
}

/** Runs one command; answers the exit status. Expected refusals are printed, never thrown. */
export async function runSiteCommand(
  deps: UseCaseDeps,
  argv: string[],
  io: CommandOutput,
  options: { serviceUrl?: string | undefined; operator?: string } = {},
): Promise<number> {
  try {
    return await run(
      deps,
      argv,
      io,
      (options.serviceUrl ?? 'https://YOUR-SERVICE').replace(/\/$/, ''),
      options.operator ?? 'command line',
    );
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nSee: npm run site -- --help`);
      return EXIT.usage;
    }
    if (error instanceof UseCaseError) {
      const fields =
        error.code !== 'not_found' && error.errors.length > 0 && !error.message.includes('\n')
          ? ` (${error.errors.map((e) => optionOf([e.path])).join(', ')})`
          : '';
      io.err(`${error.message}${fields}`);
      return EXIT.refused;
    }
    throw error;
  }
}
