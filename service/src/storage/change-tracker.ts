// A Kysely plugin that sees every write and moves the read cache's version on, so nothing cached outlives a
// change to what the public reads. Writes to bookkeeping tables (sessions, counters, outbox…) are ignored.
import {
  AliasNode,
  DeleteQueryNode,
  FromNode,
  InsertQueryNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  RawNode,
  type RootOperationNode,
  TableNode,
  type UnknownRow,
  UpdateQueryNode,
} from 'kysely';
import type { ReadCache } from './read-cache.js';

/** Tables no public or cached read depends on: a write there must not empty the cache. */
const BOOKKEEPING = new Set([
  'sessions',
  'login_counters',
  'trusted_devices',
  'idempotency_keys',
  'audit_log',
  'outbox',
  'job_leases',
  'line_events',
  'line_conversations',
  // Exists only inside a group commit (storage/write-queue.ts); the cases it defers are written beside it.
  'fts_deferral',
]);

const WRITE_SQL = /^\s*(insert|update|delete|replace|upsert|with|alter|create|drop)\b/i;

function tableNames(node: OperationNode | undefined): string[] {
  if (!node) return [];
  if (TableNode.is(node)) return [node.table.identifier.name];
  if (AliasNode.is(node)) return tableNames(node.node);
  if (FromNode.is(node)) return node.froms.flatMap(tableNames);
  return [];
}

/** The tables a statement writes, `['*']` when it writes something it cannot name, `[]` for a read. */
export function writtenTables(node: RootOperationNode): string[] {
  if (InsertQueryNode.is(node)) return tableNames(node.into);
  if (UpdateQueryNode.is(node)) return tableNames(node.table);
  if (DeleteQueryNode.is(node)) return tableNames(node.from);
  if (RawNode.is(node)) return WRITE_SQL.test(node.sqlFragments[0] ?? '') ? ['*'] : [];
  return [];
}

export function changeTracker(cache: ReadCache): KyselyPlugin {
  return {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      const tables = writtenTables(args.node);
      if (tables.length > 0 && tables.some((t) => !BOOKKEEPING.has(t))) cache.bump(tables);
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return args.result;
    },
  };
}
