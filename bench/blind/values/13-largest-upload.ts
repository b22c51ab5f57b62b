// expect: none
// Array.prototype.forEach calls its callback synchronously, so `largest` and `total` are fully computed when they are read after the loop.

export interface Upload {
  name: string;
  bytes: number;
  mime: string;
}

export interface UploadSummary {
  total: number;
  largest: Upload | undefined;
  images: number;
}

export function summarizeUploads(files: Upload[]): UploadSummary {
  let largest: Upload | undefined;
  let total = 0;
  let images = 0;

  files.forEach((file) => {
    total += file.bytes;
    if (file.mime.startsWith('image/')) images += 1;
    if (!largest || file.bytes > largest.bytes) {
      largest = file;
    }
  });

  return { total, largest, images };
}
