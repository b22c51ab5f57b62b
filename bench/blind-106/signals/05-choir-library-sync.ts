// expect: none
// syncLibrary hands opts.signal to every cancellable call it makes (the catalogue listing, each PDF fetch, writeFile and the pause between pages) and checks it at the top of each page, so cancelling a sync stops it promptly.
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RemoteScore {
  id: string;
  title: string;
  pdfUrl: string;
  updatedAt: string;
  sizeBytes: number;
}

export interface CataloguePage {
  items: RemoteScore[];
  nextCursor: string | null;
}

export interface RemoteCatalogue {
  list(params: { cursor: string | null; limit: number; signal?: AbortSignal }): Promise<CataloguePage>;
}

export interface SyncOptions {
  signal: AbortSignal;
  targetDir: string;
  pageSize?: number;
  pauseMs?: number;
}

async function isCurrent(path: string, score: RemoteScore): Promise<boolean> {
  try {
    const s = await stat(path);
    return s.size === score.sizeBytes && s.mtime.getTime() >= Date.parse(score.updatedAt);
  } catch {
    return false;
  }
}

export async function syncLibrary(remote: RemoteCatalogue, opts: SyncOptions): Promise<{ downloaded: number; skipped: number }> {
  const { signal, targetDir, pageSize = 50, pauseMs = 1_000 } = opts;
  await mkdir(targetDir, { recursive: true });
  let cursor: string | null = null;
  let downloaded = 0;
  let skipped = 0;

  do {
    signal.throwIfAborted();
    const page: CataloguePage = await remote.list({ cursor, limit: pageSize, signal });
    for (const score of page.items) {
      const path = join(targetDir, `${score.id}.pdf`);
      if (await isCurrent(path, score)) {
        skipped += 1;
        continue;
      }
      const res = await fetch(score.pdfUrl, { signal });
      if (!res.ok) throw new Error(`could not download "${score.title}" (${res.status})`);
      await writeFile(path, new Uint8Array(await res.arrayBuffer()), { signal });
      downloaded += 1;
    }
    cursor = page.nextCursor;
    if (cursor) await sleep(pauseMs, undefined, { signal });
  } while (cursor);

  return { downloaded, skipped };
}
