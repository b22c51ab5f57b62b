// expect: none
// correct: the AbortError is caught only to delete the partial FITS file and is then rethrown; the signal also reaches `once()` and the pipeline.
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { EventEmitter } from 'node:events';

export interface ExposureRequest {
  target: string;
  exposureSeconds: number;
  gain: number;
  filter: 'L' | 'R' | 'G' | 'B' | 'Ha';
}

interface SkyCamera extends EventEmitter {
  startExposure(request: ExposureRequest): void;
  abortExposure(): void;
  download(): Readable;
}

export class CaptureFailedError extends Error {
  constructor(readonly target: string, cause: unknown) {
    super(`capture of ${target} failed`, { cause });
    this.name = 'CaptureFailedError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export async function captureFrame(
  camera: SkyCamera,
  request: ExposureRequest,
  outPath: string,
  signal: AbortSignal,
): Promise<{ path: string; bytes: number }> {
  signal.throwIfAborted();
  const stopExposure = () => camera.abortExposure();
  signal.addEventListener('abort', stopExposure, { once: true });

  try {
    camera.startExposure(request);
    await once(camera, 'exposureComplete', { signal });

    const out = createWriteStream(outPath);
    await pipeline(camera.download(), out, { signal });
    return { path: outPath, bytes: out.bytesWritten };
  } catch (err) {
    await unlink(outPath).catch(() => undefined);
    if (isAbort(err)) {
      throw err;
    }
    throw new CaptureFailedError(request.target, err);
  } finally {
    signal.removeEventListener('abort', stopExposure);
  }
}

export async function captureSequence(
  camera: SkyCamera,
  requests: ExposureRequest[],
  dir: string,
  signal: AbortSignal,
): Promise<string[]> {
  const saved: string[] = [];
  for (const [i, request] of requests.entries()) {
    const name = `${request.target.replace(/\s+/g, '_')}_${request.filter}_${String(i).padStart(4, '0')}.fits`;
    try {
      const { path } = await captureFrame(camera, request, `${dir}/${name}`, signal);
      saved.push(path);
    } catch (err) {
      if (err instanceof CaptureFailedError) {
        continue;
      }
      throw err;
    }
  }
  return saved;
}
