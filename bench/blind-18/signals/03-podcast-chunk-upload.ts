// expect: no-swallowed-abort
// isRetryable treats every AbortError as a transient per-chunk timeout, so a user cancelling the upload gets retried and finally reported as a generic upload failure.
import { open } from 'node:fs/promises';

const CHUNK_BYTES = 8 * 1024 * 1024;
const MAX_ATTEMPTS = 4;

export interface UploadSession {
  uploadId: string;
  episodeId: string;
  uploadUrl: string;
  token: string;
}

export interface UploadProgress {
  episodeId: string;
  sentBytes: number;
  totalBytes: number;
}

class ChunkRejectedError extends Error {
  constructor(
    readonly status: number,
    readonly offset: number,
  ) {
    super(`chunk at offset ${offset} rejected with HTTP ${status}`);
    this.name = 'ChunkRejectedError';
  }
}

export class EpisodeUploadFailed extends Error {
  constructor(episodeId: string, offset: number, cause: unknown) {
    super(`upload of episode ${episodeId} failed at byte ${offset}`, { cause });
    this.name = 'EpisodeUploadFailed';
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof ChunkRejectedError) {
    return err.status >= 500 || err.status === 429;
  }
  if (!(err instanceof Error)) return false;
  // fetch surfaces connection resets as TypeError; slow chunks hit our per-chunk timeout
  return err instanceof TypeError || err.name === 'AbortError' || err.name === 'TimeoutError';
}

async function putChunk(
  session: UploadSession,
  body: Uint8Array<ArrayBuffer>,
  offset: number,
  total: number,
  signal: AbortSignal,
): Promise<void> {
  const res = await fetch(session.uploadUrl, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${session.token}`,
      'content-range': `bytes ${offset}-${offset + body.byteLength - 1}/${total}`,
    },
    body,
    signal: AbortSignal.any([signal, AbortSignal.timeout(60_000)]),
  });
  if (!res.ok) throw new ChunkRejectedError(res.status, offset);
}

export async function uploadEpisodeAudio(
  session: UploadSession,
  filePath: string,
  opts: { signal: AbortSignal; onProgress?: (p: UploadProgress) => void },
): Promise<void> {
  const file = await open(filePath, 'r');
  try {
    const { size } = await file.stat();
    const buffer = new Uint8Array(CHUNK_BYTES);

    for (let offset = 0; offset < size; offset += CHUNK_BYTES) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, offset);
      const chunk = buffer.subarray(0, bytesRead);

      // Chunk PUTs are idempotent per content-range, so retrying immediately is safe.
      for (let attempt = 1; ; attempt++) {
        try {
          await putChunk(session, chunk, offset, size, opts.signal);
          break;
        } catch (err) {
          if (attempt >= MAX_ATTEMPTS || !isRetryable(err)) {
            throw new EpisodeUploadFailed(session.episodeId, offset, err);
          }
        }
      }

      opts.onProgress?.({ episodeId: session.episodeId, sentBytes: offset + bytesRead, totalBytes: size });
    }
  } finally {
    await file.close();
  }
}
