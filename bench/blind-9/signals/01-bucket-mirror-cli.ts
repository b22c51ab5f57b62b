// expect: require-signal-propagation
// Ctrl-C aborts `ac`, but each per-object download is started without the signal, so the CLI keeps pulling every remaining object of the current page before it notices the interrupt.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

interface RemoteObject {
  key: string;
  size: number;
  etag: string;
}

interface RequestOptions {
  signal?: AbortSignal;
}

declare const storage: {
  listObjects(
    bucket: string,
    opts: RequestOptions & { continuationToken?: string; prefix?: string },
  ): Promise<{ items: RemoteObject[]; nextToken?: string }>;
  downloadTo(bucket: string, key: string, file: string, opts?: RequestOptions): Promise<number>;
};

declare function localEtag(file: string): Promise<string | undefined>;

interface MirrorStats {
  fetched: number;
  skipped: number;
  bytes: number;
}

async function mirrorBucket(bucket: string, destDir: string, prefix: string, signal: AbortSignal): Promise<MirrorStats> {
  const stats: MirrorStats = { fetched: 0, skipped: 0, bytes: 0 };
  let token: string | undefined;

  do {
    const page = await storage.listObjects(bucket, { prefix, continuationToken: token, signal });
    for (const obj of page.items) {
      const target = path.join(destDir, obj.key);
      if ((await localEtag(target)) === obj.etag) {
        stats.skipped++;
        continue;
      }
      await mkdir(path.dirname(target), { recursive: true });
      stats.bytes += await storage.downloadTo(bucket, obj.key, target);
      stats.fetched++;
      process.stderr.write(`\r${stats.fetched} fetched, ${stats.skipped} up to date`);
    }
    token = page.nextToken;
  } while (token);

  return stats;
}

export async function main(argv: string[]): Promise<number> {
  const [bucket, dest = '.', prefix = ''] = argv;
  if (!bucket) {
    console.error('usage: mirror <bucket> [dest] [prefix]');
    return 2;
  }

  const ac = new AbortController();
  const onSigint = () => {
    process.stderr.write('\ninterrupted, stopping…\n');
    ac.abort();
  };
  process.once('SIGINT', onSigint);

  try {
    const stats = await mirrorBucket(bucket, path.resolve(dest), prefix, ac.signal);
    process.stderr.write(`\ndone: ${stats.fetched} objects, ${(stats.bytes / 1e6).toFixed(1)} MB\n`);
    return 0;
  } catch (err) {
    if (ac.signal.aborted) return 130;
    console.error('\nmirror failed:', err);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
