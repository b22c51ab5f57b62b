// expect: none
// The downloader passes the job signal to fetch and to stream.pipeline, and its catch only cleans up the partial file before rethrowing.
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createWriteStream } from 'node:fs';
import { rm, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

export interface ArtifactRef {
  runId: number;
  name: string;
  downloadUrl: string;
}

export async function downloadArtifact(ref: ArtifactRef, destDir: string, token: string, signal: AbortSignal): Promise<string> {
  const dest = join(destDir, `${ref.runId}-${ref.name}.zip`);
  const res = await fetch(ref.downloadUrl, {
    headers: { authorization: `token ${token}`, accept: 'application/octet-stream' },
    redirect: 'follow',
    signal,
  });
  if (!res.ok || !res.body) {
    throw new Error(`artifact ${ref.name} from run ${ref.runId}: HTTP ${res.status}`);
  }
  try {
    await pipeline(Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>), createWriteStream(dest), { signal });
  } catch (err) {
    await rm(dest, { force: true });
    throw err;
  }
  return dest;
}

describe('downloadArtifact', () => {
  const ref = (url: string): ArtifactRef => ({ runId: 42, name: 'coverage', downloadUrl: url });

  it('writes the artifact body to disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'artifacts-'));
    const url = `data:application/octet-stream;base64,${Buffer.from('PK-zip').toString('base64')}`;
    const path = await downloadArtifact(ref(url), dir, 't0k', new AbortController().signal);
    expect((await readFile(path)).toString()).toBe('PK-zip');
    await rm(dir, { recursive: true, force: true });
  });

  it('rejects with the abort when the job is cancelled first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'artifacts-'));
    const signal = AbortSignal.abort();
    await expect(downloadArtifact(ref('data:,hello'), dir, 't0k', signal)).rejects.toThrow(/abort/i);
    await rm(dir, { recursive: true, force: true });
  });
});
