// expect: no-multiple-settle
// JSON.parse runs inside the gunzip callback, after the executor has returned: a snapshot that decompresses but holds truncated JSON throws there as an uncaught exception (crashing the process) and the promise never settles, so the fallback to the previous snapshot never runs.
import { gunzip } from 'node:zlib';

export interface IndexSnapshot {
  generation: number;
  builtAt: string;
  docCount: number;
  postings: Record<string, number[]>;
}

declare const blobStore: {
  list(prefix: string): Promise<Array<{ key: string; lastModified: Date }>>;
  download(key: string, opts?: { signal?: AbortSignal }): Promise<Buffer>;
};
declare const log: { info(msg: string, meta?: object): void; error(msg: string, meta?: object): void };

function gunzipJson<T>(buf: Buffer): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    gunzip(buf, (err, out) => {
      if (err) return reject(err);
      resolve(JSON.parse(out.toString('utf8')) as T);
    });
  });
}

function isUsable(s: IndexSnapshot): boolean {
  return Number.isInteger(s.generation) && s.docCount > 0 && typeof s.postings === 'object';
}

/** Loads the newest readable snapshot, falling back to older generations. */
export async function loadLatestSnapshot(prefix: string, signal?: AbortSignal): Promise<IndexSnapshot> {
  const objects = await blobStore.list(prefix);
  const newestFirst = objects
    .filter((o) => o.key.endsWith('.json.gz'))
    .sort((a, b) => b.lastModified.getTime() - a.lastModified.getTime())
    .slice(0, 3);

  for (const { key } of newestFirst) {
    try {
      const compressed = await blobStore.download(key, { signal });
      const snapshot = await gunzipJson<IndexSnapshot>(compressed);
      if (!isUsable(snapshot)) {
        log.error('snapshot failed validation, trying an older one', { key });
        continue;
      }
      log.info('loaded search snapshot', { key, generation: snapshot.generation, docs: snapshot.docCount });
      return snapshot;
    } catch (err) {
      if (signal?.aborted) throw err;
      log.error('could not read snapshot, trying an older one', { key, err: String(err) });
    }
  }
  throw new Error(`no usable search snapshot under ${prefix}`);
}
