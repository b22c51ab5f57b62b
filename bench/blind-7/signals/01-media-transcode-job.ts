// expect: require-signal-propagation
// Cancelling the job stops the download and transcode, but each rendition upload (large multipart PUT) keeps running to completion because ctx.signal is never handed to putObject.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface JobContext {
  jobId: string;
  signal: AbortSignal;
  log: (msg: string, extra?: Record<string, unknown>) => void;
}

interface RequestOptions {
  abortSignal?: AbortSignal;
  timeoutMs?: number;
}

declare const objectStore: {
  getObjectToFile(bucket: string, key: string, dest: string, opts?: RequestOptions): Promise<void>;
  putObject(input: { bucket: string; key: string; body: Buffer; contentType: string }, opts?: RequestOptions): Promise<{ etag: string }>;
};

declare function transcode(
  src: string,
  outDir: string,
  profile: { height: number; bitrateKbps: number },
  opts: { signal?: AbortSignal },
): Promise<string>;

const PROFILES = [
  { name: '1080p', height: 1080, bitrateKbps: 6000 },
  { name: '720p', height: 720, bitrateKbps: 3500 },
  { name: '480p', height: 480, bitrateKbps: 1500 },
] as const;

export async function runTranscodeJob(
  ctx: JobContext,
  payload: { bucket: string; sourceKey: string; outputPrefix: string },
): Promise<Record<string, string>> {
  const workDir = await mkdtemp(join(tmpdir(), `transcode-${ctx.jobId}-`));
  const etags: Record<string, string> = {};
  try {
    const localSource = join(workDir, 'source');
    await objectStore.getObjectToFile(payload.bucket, payload.sourceKey, localSource, {
      abortSignal: ctx.signal,
      timeoutMs: 120_000,
    });
    ctx.log('source downloaded', { key: payload.sourceKey });

    for (const profile of PROFILES) {
      ctx.signal.throwIfAborted();
      const outFile = await transcode(localSource, workDir, profile, { signal: ctx.signal });
      const body = await readFile(outFile, { signal: ctx.signal });
      const key = `${payload.outputPrefix}/${profile.name}.mp4`;
      const { etag } = await objectStore.putObject({ bucket: payload.bucket, key, body, contentType: 'video/mp4' }, { timeoutMs: 300_000 });
      etags[profile.name] = etag;
      ctx.log('rendition uploaded', { key, bytes: body.length });
    }
    return etags;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
