// expect: none
// uploadWithRetry retries only transient failures; an abort is rethrown untouched and the backoff sleep is cancelled by the same signal.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
};

interface FindPhoto {
  findNumber: string;
  angle: 'plan' | 'profile' | 'detail';
  bytes: Uint8Array;
}

type Uploader = (photo: FindPhoto, signal: AbortSignal) => Promise<string>;

class TransientUploadError extends Error {
  override name = 'TransientUploadError';
}

async function uploadWithRetry(
  upload: Uploader,
  photo: FindPhoto,
  signal: AbortSignal,
  attempts = 4,
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    signal.throwIfAborted();
    try {
      return await upload(photo, signal);
    } catch (err) {
      if (signal.aborted || !(err instanceof TransientUploadError) || attempt >= attempts) throw err;
      await sleep(10 * attempt, undefined, { signal });
    }
  }
}

function scriptedUploader(script: Array<'ok' | 'transient' | 'hang'>) {
  const calls: string[] = [];
  const upload: Uploader = (photo, signal) => {
    const step = script[calls.length] ?? 'ok';
    calls.push(`${photo.findNumber}/${photo.angle}`);
    if (step === 'ok') return Promise.resolve(`dms://finds/${photo.findNumber}/${photo.angle}.tif`);
    if (step === 'transient') return Promise.reject(new TransientUploadError('503 from field server'));
    return new Promise<string>((resolve, reject) => {
      const slow = setTimeout(() => resolve(`dms://finds/${photo.findNumber}/late.tif`), 5_000);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(slow);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  };
  return { upload, calls };
}

describe('field photo upload retry', () => {
  let photo: FindPhoto;

  beforeEach(() => {
    photo = { findNumber: 'KT24-B-0117', angle: 'plan', bytes: new Uint8Array([0x49, 0x49, 0x2a, 0x00]) };
  });

  it('retries transient field-server errors', async () => {
    const { upload, calls } = scriptedUploader(['transient', 'transient', 'ok']);
    const url = await uploadWithRetry(upload, photo, new AbortController().signal);
    expect(url).toBe('dms://finds/KT24-B-0117/plan.tif');
    expect(calls.length).toBe(3);
  });

  it('does not retry once the trench supervisor cancels', async () => {
    const controller = new AbortController();
    const { upload, calls } = scriptedUploader(['hang']);
    const pending = uploadWithRetry(upload, photo, controller.signal);
    controller.abort();
    let caught: unknown;
    try {
      await pending;
    } catch (err) {
      caught = err;
    }
    expect((caught as DOMException).name).toBe('AbortError');
    expect(calls).toEqual(['KT24-B-0117/plan']);
  });

  it('gives up after the attempt budget', async () => {
    const { upload, calls } = scriptedUploader(['transient', 'transient', 'transient', 'transient']);
    let message = '';
    try {
      await uploadWithRetry(upload, photo, new AbortController().signal);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('503 from field server');
    expect(calls.length).toBe(4);
  });
});
