// expect: no-multiple-settle
// onload only settles for 2xx, 401 and 5xx: a 413 (image too large), 400 or 403 reply resolves nothing and rejects nothing, so the upload dialog spins forever.

export interface UploadReceipt {
  assetId: string;
  url: string;
  width: number;
  height: number;
}

export class SessionExpiredError extends Error {
  constructor() {
    super('Your session has expired, please sign in again');
    this.name = 'SessionExpiredError';
  }
}

declare const session: { token(): string; expire(): void };

export function uploadAvatar(
  file: File,
  opts: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<UploadReceipt> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(opts.signal.reason);
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/me/avatar');
    xhr.responseType = 'json';
    xhr.timeout = 60_000;
    xhr.setRequestHeader('Authorization', `Bearer ${session.token()}`);

    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable) opts.onProgress?.(ev.loaded / ev.total);
    };
    const onAbortSignal = () => xhr.abort();
    opts.signal?.addEventListener('abort', onAbortSignal, { once: true });
    xhr.onloadend = () => opts.signal?.removeEventListener('abort', onAbortSignal);

    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(xhr.response as UploadReceipt);
      } else if (xhr.status === 401) {
        session.expire();
        reject(new SessionExpiredError());
      } else if (xhr.status >= 500) {
        reject(new Error(`Avatar service unavailable (${xhr.status}), try again later`));
      }
    };
    xhr.onerror = () => reject(new Error('Network error while uploading avatar'));
    xhr.ontimeout = () => reject(new Error('Avatar upload timed out'));
    xhr.onabort = () => reject(opts.signal?.reason ?? new DOMException('Upload cancelled', 'AbortError'));

    const form = new FormData();
    form.append('avatar', file, file.name);
    xhr.send(form);
  });
}

export async function handleAvatarInput(input: HTMLInputElement, bar: HTMLProgressElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  bar.hidden = false;
  try {
    const receipt = await uploadAvatar(file, {
      onProgress: (f) => {
        bar.value = f;
      },
    });
    document.querySelectorAll<HTMLImageElement>('img.avatar').forEach((img) => {
      img.src = receipt.url;
    });
  } finally {
    bar.hidden = true;
    input.value = '';
  }
}
