// expect: no-unobserved-promise
// bug: uploads are pushed into `pending` as the loop goes, but a later fleece failing validation throws before Promise.all, leaving earlier uploads with no handler.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface FleecePhoto {
  alpacaId: string;
  path: string;
  blanket: boolean;
  stapleLengthMm: number;
}

export interface UploadReceipt {
  alpacaId: string;
  objectKey: string;
  bytes: number;
}

declare const photoBucket: {
  put(key: string, body: Buffer, contentType: string): Promise<{ etag: string }>;
};

declare const herdBook: {
  attachPhotos(shearingDay: string, receipts: UploadReceipt[]): Promise<void>;
};

export class FleeceValidationError extends Error {
  constructor(readonly alpacaId: string, reason: string) {
    super(`fleece ${alpacaId}: ${reason}`);
    this.name = 'FleeceValidationError';
  }
}

const MIN_STAPLE_MM = 65;
const MAX_PHOTO_BYTES = 12 * 1024 * 1024;

function objectKeyFor(day: string, photo: FleecePhoto): string {
  return `shearing/${day}/${photo.alpacaId}/${basename(photo.path)}`;
}

async function uploadOne(day: string, photo: FleecePhoto, body: Buffer): Promise<UploadReceipt> {
  const key = objectKeyFor(day, photo);
  await photoBucket.put(key, body, 'image/jpeg');
  return { alpacaId: photo.alpacaId, objectKey: key, bytes: body.byteLength };
}

export async function uploadShearingDay(day: string, photos: FleecePhoto[]): Promise<UploadReceipt[]> {
  const pending: Promise<UploadReceipt>[] = [];

  for (const photo of photos) {
    if (!photo.blanket) {
      continue;
    }
    if (photo.stapleLengthMm < MIN_STAPLE_MM) {
      throw new FleeceValidationError(photo.alpacaId, `staple ${photo.stapleLengthMm} mm is below show minimum`);
    }
    const body = await readFile(photo.path);
    if (body.byteLength > MAX_PHOTO_BYTES) {
      throw new FleeceValidationError(photo.alpacaId, `photo is ${body.byteLength} bytes`);
    }
    pending.push(uploadOne(day, photo, body));
  }

  const receipts = await Promise.all(pending);
  await herdBook.attachPhotos(day, receipts);
  return receipts;
}

export function totalBytes(receipts: UploadReceipt[]): number {
  return receipts.reduce((sum, r) => sum + r.bytes, 0);
}
