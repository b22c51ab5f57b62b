// expect: none
// The XHR promise handles load (with a status check), error, abort and timeout, and each handler settles exactly once.
export interface InspectionPhoto {
  scaffoldId: string;
  lashingPoint: string;
  file: Blob;
}

export interface UploadReceipt {
  photoId: string;
  url: string;
}

export class UploadError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'UploadError';
  }
}

export function uploadInspectionPhoto(
  photo: InspectionPhoto,
  onProgress?: (fraction: number) => void,
): Promise<UploadReceipt> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const form = new FormData();
    form.append('scaffoldId', photo.scaffoldId);
    form.append('lashingPoint', photo.lashingPoint);
    form.append('photo', photo.file, `${photo.scaffoldId}-${photo.lashingPoint}.jpg`);

    xhr.open('POST', '/api/inspections/photos');
    xhr.responseType = 'json';
    xhr.timeout = 60_000;

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    };

    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300 && xhr.response) {
        resolve(xhr.response as UploadReceipt);
      } else {
        reject(new UploadError(`upload rejected by server`, xhr.status));
      }
    };
    xhr.onerror = () => reject(new UploadError('network error while uploading photo'));
    xhr.onabort = () => reject(new UploadError('upload cancelled'));
    xhr.ontimeout = () => reject(new UploadError('upload timed out after 60s'));

    xhr.send(form);
  });
}

export function bindUploadForm(form: HTMLFormElement, status: HTMLElement): void {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = form.elements.namedItem('photo') as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) {
      status.textContent = 'Choose a photo of the lashing first.';
      return;
    }
    const data = new FormData(form);
    try {
      const receipt = await uploadInspectionPhoto(
        {
          scaffoldId: String(data.get('scaffoldId')),
          lashingPoint: String(data.get('lashingPoint')),
          file,
        },
        (fraction) => {
          status.textContent = `Uploading… ${Math.round(fraction * 100)}%`;
        },
      );
      status.textContent = `Saved as ${receipt.photoId}`;
    } catch (err) {
      status.textContent = err instanceof UploadError ? err.message : 'Unexpected error';
    }
  });
}
