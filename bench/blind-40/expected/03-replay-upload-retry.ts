// expect: no-reused-settled-promise
// withRetry() receives one already-started upload promise and re-awaits it on each attempt, so a failed upload is never actually retried.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReplayMeta {
  matchId: string;
  map: string;
  durationSec: number;
  teams: [string, string];
  season: string;
}

declare const replayCdn: {
  putObject(key: string, body: Buffer, contentType: string): Promise<{ etag: string; url: string }>;
};

declare const matchDb: {
  attachReplay(matchId: string, url: string, sizeBytes: number): Promise<void>;
};

const MAX_REPLAY_BYTES = 750 * 1024 * 1024;

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

function isTransient(err: unknown): boolean {
  if (err instanceof UploadError) {
    return err.status === 429 || err.status >= 500;
  }
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'EPIPE';
}

async function withRetry<T>(operation: Promise<T>, attempts: number, baseDelayMs: number): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      if (!isTransient(err) || attempt === attempts) break;
      const jitter = Math.floor(Math.random() * baseDelayMs);
      await sleep(baseDelayMs * 2 ** (attempt - 1) + jitter);
    }
  }
  throw lastError;
}

function replayKey(meta: ReplayMeta, filePath: string): string {
  const [home, away] = meta.teams.map((t) => t.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  return `${meta.season}/${meta.map}/${meta.matchId}-${home}-vs-${away}/${basename(filePath)}`;
}

export async function publishReplay(filePath: string, meta: ReplayMeta): Promise<string> {
  const info = await stat(filePath);
  if (info.size > MAX_REPLAY_BYTES) {
    throw new Error(`replay ${filePath} is ${info.size} bytes, over the ${MAX_REPLAY_BYTES} limit`);
  }
  if (meta.durationSec < 60) {
    throw new Error(`match ${meta.matchId} is too short to publish (${meta.durationSec}s)`);
  }

  const body = await readFile(filePath);
  const key = replayKey(meta, filePath);
  const { url } = await withRetry(replayCdn.putObject(key, body, 'application/octet-stream'), 4, 500);

  await matchDb.attachReplay(meta.matchId, url, info.size);
  return url;
}

export async function publishSeries(files: ReadonlyArray<{ path: string; meta: ReplayMeta }>): Promise<string[]> {
  const urls: string[] = [];
  for (const file of files) {
    urls.push(await publishReplay(file.path, file.meta));
  }
  return urls;
}
