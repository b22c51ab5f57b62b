// expect: require-signal-propagation
// downloadStormArchive receives opts.signal but only checks it between pages; the page fetch and file downloads are called without it, so cancelling waits for every in-flight request.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface ArchiveOptions {
  baseUrl: string;
  token: string;
  destDir: string;
  signal?: AbortSignal;
}

interface ArchivePage {
  files: Array<{ name: string; url: string; bytes: number }>;
  next: string | null;
}

async function getPage(url: string, token: string): Promise<ArchivePage> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  if (!res.ok) throw new Error(`archive listing ${url} -> ${res.status}`);
  return (await res.json()) as ArchivePage;
}

async function downloadFile(url: string, token: string, dest: string): Promise<void> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok || !res.body) throw new Error(`download ${url} -> ${res.status}`);
  await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), createWriteStream(dest));
}

export async function downloadStormArchive(
  stormId: string,
  opts: ArchiveOptions,
): Promise<{ files: number; bytes: number }> {
  const dir = path.join(opts.destDir, stormId);
  await mkdir(dir, { recursive: true });

  let url: string | null = `${opts.baseUrl}/storms/${encodeURIComponent(stormId)}/dropsondes?limit=200`;
  let files = 0;
  let bytes = 0;

  while (url) {
    opts.signal?.throwIfAborted();
    const page = await getPage(url, opts.token);
    for (const file of page.files) {
      opts.signal?.throwIfAborted();
      await downloadFile(file.url, opts.token, path.join(dir, file.name));
      files++;
      bytes += file.bytes;
    }
    url = page.next;
  }

  console.log(`[recon] ${stormId}: ${files} sonde files, ${(bytes / 1e6).toFixed(1)} MB`);
  return { files, bytes };
}
