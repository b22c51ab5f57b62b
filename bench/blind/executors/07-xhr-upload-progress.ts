// expect: none
// The upload settles from onload, onerror, ontimeout and onabort, which together cover every way an XMLHttpRequest can finish.
export interface UploadResult {
  id: string;
  url: string;
}

export function uploadFile(
  file: File,
  endpoint: string,
  onProgress: (fraction: number) => void,
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', endpoint);
    xhr.timeout = 120_000;
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(xhr.response as UploadResult);
      } else {
        reject(new Error(`upload failed with HTTP ${xhr.status}`));
      }
    };
    xhr.onerror = () => reject(new Error('network error during upload'));
    xhr.ontimeout = () => reject(new Error('upload timed out'));
    xhr.onabort = () => reject(new DOMException('upload aborted', 'AbortError'));

    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export function bindUploader(input: HTMLInputElement, bar: HTMLProgressElement): void {
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    uploadFile(file, '/api/uploads', (f) => (bar.value = f)).then(
      (res) => bar.setAttribute('data-url', res.url),
      (err: Error) => bar.setAttribute('data-error', err.message),
    );
  });
}
