// expect: none
// The async per-entry callbacks are collected by map() and awaited with Promise.all before the batch is acknowledged, so each batch finishes (or fails) before the next read, and the one fire-and-forget heartbeat has its own catch.
declare const redis: {
  xreadgroup(
    group: string,
    consumer: string,
    stream: string,
    opts: { count: number; blockMs: number; signal?: AbortSignal },
  ): Promise<Array<{ id: string; fields: Record<string, string> }>>;
  xack(stream: string, group: string, ...ids: string[]): Promise<number>;
  hset(key: string, values: Record<string, string>): Promise<number>;
};

declare function indexDocument(doc: { id: string; title: string; body: string }, signal?: AbortSignal): Promise<void>;

declare const log: {
  info(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
};

const STREAM = 'search:documents';
const GROUP = 'indexer';

export async function runIndexer(consumer: string, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    const entries = await redis.xreadgroup(GROUP, consumer, STREAM, { count: 50, blockMs: 5_000, signal });
    if (entries.length === 0) continue;

    const outcomes = await Promise.all(
      entries.map(async (entry) => {
        try {
          await indexDocument({ id: entry.fields.docId, title: entry.fields.title ?? '', body: entry.fields.body ?? '' }, signal);
          return entry.id;
        } catch (err) {
          if (signal.aborted) throw err;
          log.warn('indexing failed, leaving entry pending for redelivery', { id: entry.id, err: String(err) });
          return null;
        }
      }),
    );

    const done = outcomes.filter((id): id is string => id !== null);
    if (done.length) await redis.xack(STREAM, GROUP, ...done);

    redis
      .hset(`indexer:heartbeat:${consumer}`, { at: new Date().toISOString(), lastBatch: String(entries.length) })
      .catch((err) => log.warn('heartbeat write failed', { err: String(err) }));
    log.info('batch indexed', { consumer, indexed: done.length, failed: entries.length - done.length });
  }
}
