// expect: no-multiple-settle
// The Promise executor is async and awaits api.presignUpload before any settle call; if presigning fails the rejection escapes the executor and the returned promise never settles, leaving the upload spinner stuck.
export interface UploadedAttachment {
  key: string;
  name: string;
  size: number;
  contentType: string;
}

interface PresignedUpload {
  url: string;
  key: string;
  headers: Record<string, string>;
}

declare const api: {
  presignUpload(input: { name: string; type: string; size: number }): Promise<PresignedUpload>;
  confirmUpload(key: string): Promise<void>;
};

export interface UploadOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

const MAX_BYTES = 25 * 1024 * 1024;

export function uploadAttachment(file: File, opts: UploadOptions = {}): Promise<UploadedAttachment> {
  if (file.size > MAX_BYTES) {
    return Promise.reject(new RangeError(`${file.name} is larger than 25 MB`));
  }

  return new Promise<UploadedAttachment>(async (resolve, reject) => {
    const presigned = await api.presignUpload({
      name: file.name,
      type: file.type || 'application/octet-stream',
      size: file.size,
    });

    const xhr = new XMLHttpRequest();
    xhr.open('PUT', presigned.url);
    for (const [name, value] of Object.entries(presigned.headers)) {
      xhr.setRequestHeader(name, value);
    }

    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress?.(e.loaded / e.total);
    };

    const onAbort = () => xhr.abort();
    const detach = () => opts.signal?.removeEventListener('abort', onAbort);

    xhr.onload = () => {
      detach();
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve({
          key: presigned.key,
          name: file.name,
          size: file.size,
          contentType: file.type,
        });
      } else {
        reject(new Error(`upload failed with HTTP ${xhr.status}`));
      }
    };
    xhr.onerror = () => {
      detach();
      reject(new Error('network error while uploading'));
    };
    xhr.onabort = () => {
      detach();
      reject(new DOMException('upload cancelled', 'AbortError'));
    };

    opts.signal?.addEventListener('abort', onAbort, { once: true });
    xhr.send(file);
  });
}

export async function attachFiles(
  files: FileList,
  onProgress: (name: string, fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedAttachment[]> {
  const uploaded: UploadedAttachment[] = [];
  for (const file of Array.from(files)) {
    const attachment = await uploadAttachment(file, {
      signal,
      onProgress: (f) => onProgress(file.name, f),
    });
    await api.confirmUpload(attachment.key);
    uploaded.push(attachment);
  }
  return uploaded;
}
