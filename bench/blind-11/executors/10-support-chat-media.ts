// expect: none
// Correct: the presign request is awaited before the Promise is constructed (so its failure rejects the async function), and the XHR executor settles on load, error, abort or timeout and removes its abort listener.
interface SignedTarget {
  uploadUrl: string;
  objectKey: string;
  requiredHeaders: Record<string, string>;
}

declare const chatApi: {
  signMediaUpload(conversationId: string, meta: { name: string; mime: string; bytes: number }): Promise<SignedTarget>;
  postMediaMessage(conversationId: string, objectKey: string, caption?: string): Promise<{ messageId: string }>;
};

export interface MediaUploadOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  onProgress?: (loaded: number, total: number) => void;
}

function putWithProgress(target: SignedTarget, blob: Blob, opts: MediaUploadOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', target.uploadUrl);
    xhr.timeout = opts.timeoutMs ?? 120_000;
    for (const [k, v] of Object.entries(target.requiredHeaders)) xhr.setRequestHeader(k, v);

    const onAbortSignal = () => xhr.abort();
    opts.signal?.addEventListener('abort', onAbortSignal, { once: true });
    const done = () => opts.signal?.removeEventListener('abort', onAbortSignal);

    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress?.(e.loaded, e.total);
    };
    xhr.onload = () => {
      done();
      if (xhr.status >= 200 && xhr.status < 300) resolve();
      else reject(new Error(`storage rejected upload: HTTP ${xhr.status}`));
    };
    xhr.onerror = () => {
      done();
      reject(new Error('network error during media upload'));
    };
    xhr.ontimeout = () => {
      done();
      reject(new Error(`media upload timed out after ${xhr.timeout}ms`));
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException('media upload cancelled', 'AbortError'));
    };

    xhr.send(blob);
  });
}

export async function sendMedia(
  conversationId: string,
  file: File,
  caption: string | undefined,
  opts: MediaUploadOptions = {},
): Promise<string> {
  opts.signal?.throwIfAborted();

  const target = await chatApi.signMediaUpload(conversationId, {
    name: file.name,
    mime: file.type || 'application/octet-stream',
    bytes: file.size,
  });

  opts.signal?.throwIfAborted();
  await putWithProgress(target, file, opts);

  const { messageId } = await chatApi.postMediaMessage(conversationId, target.objectKey, caption);
  return messageId;
}
