// Service start-up: connects the database, warms caches and loads the session signing key before
// the HTTP server accepts traffic; background refreshes keep the key and the caches fresh.
export interface Database {
  connect(): Promise<void>;
  migrate(): Promise<number>;
}

export interface Cache {
  warm(): Promise<void>;
  refresh(): Promise<void>;
}

export interface Startup {
  ready: Promise<void>;
  signingKey(): Promise<string>;
  stop(): Promise<void>;
}

export function createStartup(
  db: Database,
  caches: readonly Cache[],
  fetchSigningKey: () => Promise<string>,
  flushMetrics: () => Promise<void>,
): Startup {
  let pendingKey: Promise<string> | undefined;

  async function warmCaches(): Promise<void> {
    await Promise.all(caches.map((cache) => cache.warm()));
  }

  async function connectAndMigrate(): Promise<void> {
    await db.connect();
    await db.migrate();
  }

  function signingKey(): Promise<string> {
    pendingKey ??= fetchSigningKey();
    return pendingKey;
  }

  async function stop(): Promise<void> {
    await flushMetrics;
  }

  return {
    ready: Promise.all([connectAndMigrate(), warmCaches]).then(() => undefined),
    signingKey,
    stop,
  };
}

/** Hands the scheduler a factory on purpose: it calls `refresh` on every tick. */
export function refreshTask(cache: Cache): () => Promise<void> {
  return () => cache.refresh();
}
