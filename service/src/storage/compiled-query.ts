// Hot statements built and compiled by Kysely once per shape instead of on every call. A submission runs about ten
// inserts whose SQL never changes, only their values; building each one (value parsing, operation nodes, freezing)
// and compiling it was a tenth of a submission in the profile. `compiledOnce` builds the query with a marker in
// place of every argument value, compiles it, remembers which parameter is which argument, and from then on
// executes the same SQL with the call's values. (better-sqlite3 statements are then reused by their SQL text,
// storage/database.ts.)
import {
  type Compilable,
  type CompiledQuery,
  createQueryId,
  type Kysely,
  type OperationNodeSource,
  type QueryResult,
  type RootOperationNode,
} from 'kysely';

type Row = Record<string, unknown>;
/** Arguments: one row of values, or a list of rows (a multi-row insert). */
export type Args = Row | readonly Row[];

/** Where one argument value sits: its row (in a list) and key. */
class Marker {
  constructor(
    readonly row: number,
    readonly key: string,
  ) {}
}

interface Shape {
  sql: string;
  /** The statement before the plugins saw it, for them to see again on every execution. */
  node: RootOperationNode;
  /** The statement as the plugins made it and the compiler read it (the driver is given it too). */
  query: RootOperationNode;
  /** Per parameter: the argument it takes, or the constant the query itself holds. */
  parameters: readonly unknown[];
}

/** A value Kysely binds as it is: anything else (an expression, a JSON object) is left to build afresh. */
function isPlainValue(value: unknown): boolean {
  return value === null || typeof value !== 'object' || value instanceof Date || value instanceof Uint8Array;
}

/** Which keys of a row hold a value (Kysely leaves out a column whose value is undefined), or null when one is not plain. */
function rowShape(row: Row): string | null {
  let shape = '';
  for (const key in row) {
    const value = row[key];
    if (value === undefined) continue;
    if (!isPlainValue(value)) return null;
    shape += `${key},`;
  }
  return shape;
}

/** The shape of the arguments, so each distinct SQL text has its own entry; null when they cannot be prepared. */
function shapeOf(args: Args): string | null {
  if (!Array.isArray(args)) return rowShape(args as Row);
  let shape = '';
  for (const row of args as readonly Row[]) {
    const one = rowShape(row);
    if (one === null) return null;
    shape += `[${one}]`;
  }
  return shape;
}

function markedRow(row: Row, index: number): Row {
  const out: Row = {};
  for (const key in row) if (row[key] !== undefined) out[key] = new Marker(index, key);
  return out;
}

/** The arguments with every value replaced by its marker. */
function marked(args: Args): Args {
  return Array.isArray(args) ? (args as readonly Row[]).map(markedRow) : markedRow(args as Row, -1);
}

function valueOf(args: Args, marker: Marker): unknown {
  return marker.row < 0 ? (args as Row)[marker.key] : (args as readonly Row[])[marker.row]![marker.key];
}

/**
 * Compiled SQL differs by dialect and by the plugins that may rewrite statements, so shapes are kept per dialect
 * adapter and per sequence of plugin instances (a transaction shares both with the handle it was opened from).
 */
interface Level {
  next: WeakMap<object, Level>;
  shapes?: Map<string, Shape>;
}
const roots = new WeakMap<object, Level>();

function shapesOf(db: Kysely<unknown>): Map<string, Shape> {
  const executor = db.getExecutor();
  let level: Level | undefined = roots.get(executor.adapter);
  if (!level) roots.set(executor.adapter, (level = { next: new WeakMap() }));
  for (const plugin of executor.plugins) {
    let next: Level | undefined = level.next.get(plugin);
    if (!next) level.next.set(plugin, (next = { next: new WeakMap() }));
    level = next;
  }
  return (level.shapes ??= new Map());
}

/**
 * A statement whose SQL depends only on which values its arguments hold, never on the values (`build` must not branch
 * on a value: it is given markers). Returns a function that executes it on a handle, the root or a transaction.
 * Plugins still see every execution (the change tracker empties the read cache on each write).
 */
export function compiledOnce<DB, A extends Args, R>(
  name: string,
  build: (db: Kysely<DB>, args: A) => Compilable<R> & OperationNodeSource,
): (db: Kysely<DB>, args: A) => Promise<QueryResult<R>> {
  return (db, args) => {
    const argsShape = shapeOf(args);
    if (argsShape === null) return db.executeQuery(build(db, args));
    const shapes = shapesOf(db as Kysely<unknown>);
    const key = `${name}:${argsShape}`;
    let shape = shapes.get(key);
    const queryId = createQueryId();
    const executor = db.getExecutor();
    if (!shape) {
      // Built on the handle without its plugins, then run through them and compiled, as compile() would do: the
      // statement before the plugins is kept for them to see again on later executions.
      const node = build(db.withoutPlugins(), marked(args) as A).toOperationNode() as RootOperationNode;
      const compiled = executor.compileQuery(executor.transformQuery(node, queryId), queryId);
      // A constant the statement holds itself must be a plain value to be bound again as it is.
      if (!compiled.parameters.every((p) => p instanceof Marker || isPlainValue(p))) {
        return db.executeQuery(build(db, args));
      }
      shape = { sql: compiled.sql, node, query: compiled.query, parameters: compiled.parameters };
      shapes.set(key, shape);
    } else {
      executor.transformQuery(shape.node, queryId);
    }
    const parameters = shape.parameters.map((p) => (p instanceof Marker ? valueOf(args, p) : p));
    const compiled: CompiledQuery<R> = { sql: shape.sql, query: shape.query, queryId, parameters };
    return db.executeQuery(compiled);
  };
}
