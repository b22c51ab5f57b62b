// expect: no-reused-settled-promise
// The retry loop re-awaits the single upload promise created before the loop, so after a failed upload every "retry" just re-reads the same rejection and no second attempt is ever sent.
import { setTimeout as sleep } from 'node:timers/promises';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface CommissionPhoto {
  commissionId: string;
  stage: 'cartoon' | 'cut' | 'leaded' | 'installed';
  path: string;
}

export interface PhotoStore {
  put(key: string, body: Buffer, contentType: string): Promise<{ url: string; etag: string }>;
}

export interface UploadOptions {
  attempts?: number;
  backoffMs?: number;
}

export class ProgressPhotos {
  constructor(private readonly store: PhotoStore) {}

  private keyFor(photo: CommissionPhoto): string {
    return `commissions/${photo.commissionId}/${photo.stage}/${basename(photo.path)}`;
  }

  async upload(photo: CommissionPhoto, opts: UploadOptions = {}): Promise<string> {
    const attempts = opts.attempts ?? 3;
    const backoffMs = opts.backoffMs ?? 750;
    const body = await readFile(photo.path);
    const contentType = photo.path.endsWith('.png') ? 'image/png' : 'image/jpeg';

    const upload = this.store.put(this.keyFor(photo), body, contentType);
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const { url } = await upload;
        return url;
      } catch (err) {
        lastError = err;
        if (attempt < attempts) {
          await sleep(backoffMs * attempt);
        }
      }
    }
    throw new Error(`could not upload ${photo.path} after ${attempts} attempts`, { cause: lastError });
  }

  async uploadStage(photos: readonly CommissionPhoto[]): Promise<Map<string, string>> {
    const urls = new Map<string, string>();
    for (const photo of photos) {
      urls.set(photo.path, await this.upload(photo));
    }
    return urls;
  }
}
