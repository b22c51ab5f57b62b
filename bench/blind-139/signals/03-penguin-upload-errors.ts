// expect: none
// The catch block rethrows AbortError untouched before wrapping other failures, so callers can still tell a cancelled upload from a failed one.
export interface ClipUpload {
  cameraId: string;
  clip: Blob;
  tags: string[];
}

export interface UploadResult {
  clipId: string;
  storedBytes: number;
}

export class ClipUploadError extends Error {
  constructor(readonly cameraId: string, readonly status: number | undefined, options?: { cause?: unknown }) {
    super(`clip upload for camera ${cameraId} failed${status ? ` (HTTP ${status})` : ''}`, options);
    this.name = 'ClipUploadError';
  }
}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export async function uploadClip(
  endpoint: string,
  upload: ClipUpload,
  signal: AbortSignal,
): Promise<UploadResult> {
  const form = new FormData();
  form.set('camera', upload.cameraId);
  form.set('tags', upload.tags.join(','));
  form.set('clip', upload.clip, `${upload.cameraId}.mp4`);

  let res: Response;
  try {
    res = await fetch(`${endpoint}/clips`, { method: 'POST', body: form, signal });
  } catch (err) {
    if (isAbortError(err)) throw err;
    throw new ClipUploadError(upload.cameraId, undefined, { cause: err });
  }

  if (!res.ok) {
    throw new ClipUploadError(upload.cameraId, res.status);
  }
  return (await res.json()) as UploadResult;
}

export class ColonyClipQueue {
  private readonly queue: ClipUpload[] = [];
  private uploadedBytes = 0;

  constructor(private readonly endpoint: string) {}

  enqueue(upload: ClipUpload): void {
    this.queue.push(upload);
  }

  async drain(signal: AbortSignal): Promise<{ uploaded: number; failed: ClipUpload[] }> {
    const failed: ClipUpload[] = [];
    let uploaded = 0;
    while (this.queue.length > 0) {
      signal.throwIfAborted();
      const next = this.queue.shift()!;
      try {
        const result = await uploadClip(this.endpoint, next, signal);
        this.uploadedBytes += result.storedBytes;
        uploaded++;
      } catch (err) {
        if (!(err instanceof ClipUploadError)) {
          this.queue.unshift(next);
          throw err;
        }
        failed.push(next);
      }
    }
    return { uploaded, failed };
  }

  get bytesUploaded(): number {
    return this.uploadedBytes;
  }
}
