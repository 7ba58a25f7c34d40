// The one small database interface the server is written against. Two implementations keep the
// same SQL running on PGlite (embedded, zero set-up) and on PostgreSQL (several processes).

export type Row = Record<string, unknown>;

export interface Queryable {
  /** One parameterised statement; resolves to its rows (empty for statements without RETURNING). */
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Tx extends Queryable {
  /** Several statements without parameters, e.g. a migration file. */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` for every NOTIFY on `channel`, from any process sharing the database.
   * Only where several processes can share the data (PostgreSQL).
   */
  listen?(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Runs `fn` while this process holds the advisory lock `name` on a connection of its own, and
   * wraps its result; null, without running it, when another process holds the lock (with
   * `wait`, waits for it instead). A process that dies loses its connection
   * and so its lock. Only where several processes can share the data (PostgreSQL).
   */
  exclusive?<T>(name: string, fn: () => Promise<T>, options?: { wait?: boolean }): Promise<{ value: T } | null>;
  close(): Promise<void>;
}
