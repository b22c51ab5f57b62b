// expect: no-multiple-settle
// The XHR has a timeout and is aborted through the AbortSignal, but only onload/onerror settle the promise; 'timeout' and 'abort' fire neither, so those uploads never settle and stall the queue slot forever.
export interface UploadedPhoto {
  id: string;
  url: string;
  width: number;
  height: number;
}

export interface UploadOptions {
  caption?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

export class UploadError extends Error {
  constructor(
    public readonly status: number,
    detail: string,
  ) {
    super(status ? `upload failed (${status}): ${detail}` : `upload failed: ${detail}`);
    this.name = 'UploadError';
  }
}

declare function getSessionToken(): string;

const API_BASE = '/api/v2';
const MAX_BYTES = 40 * 1024 * 1024;

export function uploadPhoto(file: File, albumId: string, opts: UploadOptions = {}): Promise<UploadedPhoto> {
  if (file.size > MAX_BYTES) {
    return Promise.reject(new UploadError(413, `${file.name} is larger than 40 MB`));
  }

  return new Promise<UploadedPhoto>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}/albums/${encodeURIComponent(albumId)}/photos`);
    xhr.timeout = opts.timeoutMs ?? 120_000;
    xhr.setRequestHeader('Authorization', `Bearer ${getSessionToken()}`);

    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress?.(e.loaded / e.total);
    };

    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(new UploadError(xhr.status, xhr.statusText || 'server rejected the file'));
        return;
      }
      try {
        resolve(JSON.parse(xhr.responseText) as UploadedPhoto);
      } catch {
        reject(new UploadError(xhr.status, 'malformed response from server'));
      }
    };
    xhr.onerror = () => reject(new UploadError(0, 'network error'));

    opts.signal?.addEventListener('abort', () => xhr.abort(), { once: true });

    const form = new FormData();
    form.append('file', file, file.name);
    if (opts.caption) form.append('caption', opts.caption);
    xhr.send(form);
  });
}

/** Uploads a batch with limited parallelism and reports per-file results. */
export async function uploadAll(
  files: File[],
  albumId: string,
  signal: AbortSignal,
  parallel = 3,
  onFileDone?: (file: File, result: UploadedPhoto | Error) => void,
): Promise<UploadedPhoto[]> {
  const uploaded: UploadedPhoto[] = [];
  const queue = [...files];

  const lane = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      if (signal.aborted) return;
      try {
        const photo = await uploadPhoto(file, albumId, { signal, timeoutMs: 90_000 });
        uploaded.push(photo);
        onFileDone?.(file, photo);
      } catch (e) {
        onFileDone?.(file, e instanceof Error ? e : new Error(String(e)));
      }
    }
  };

  await Promise.all(Array.from({ length: parallel }, lane));
  return uploaded;
}
