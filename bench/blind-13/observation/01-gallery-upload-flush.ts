// expect: no-floating-promises
// flush() starts one async upload per pending photo via forEach(async ...), so the uploads are dropped and their failures are never observed.
import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

interface PendingPhoto {
  localPath: string;
  albumId: string;
  takenAt: Date;
  caption?: string;
}

interface StoredObject {
  key: string;
  etag: string;
  bytes: number;
}

declare const objectStore: {
  put(key: string, body: Buffer, meta: Record<string, string>): Promise<StoredObject>;
};

declare const galleryDb: {
  insertPhoto(row: { albumId: string; key: string; etag: string; takenAt: string; caption: string | null }): Promise<void>;
};

export class GalleryUploadQueue extends EventEmitter {
  private pending: PendingPhoto[] = [];
  private uploadedKeys = new Set<string>();

  constructor(private readonly maxBatch = 25) {
    super();
  }

  enqueue(photo: PendingPhoto): void {
    this.pending.push(photo);
    this.emit('queued', photo.localPath);
    if (this.pending.length >= this.maxBatch) {
      this.flush();
    }
  }

  get size(): number {
    return this.pending.length;
  }

  flush(): void {
    const batch = this.pending.splice(0, this.pending.length);
    if (batch.length === 0) return;

    batch.forEach(async (photo) => {
      const body = await readFile(photo.localPath);
      const key = this.objectKey(photo, body);
      if (this.uploadedKeys.has(key)) {
        this.emit('duplicate', photo.localPath);
        return;
      }

      const stored = await objectStore.put(key, body, {
        'x-album': photo.albumId,
        'x-taken-at': photo.takenAt.toISOString(),
      });
      await galleryDb.insertPhoto({
        albumId: photo.albumId,
        key: stored.key,
        etag: stored.etag,
        takenAt: photo.takenAt.toISOString(),
        caption: photo.caption ?? null,
      });
      this.uploadedKeys.add(key);
      this.emit('uploaded', { path: photo.localPath, bytes: stored.bytes });
    });

    this.emit('flushed', batch.length);
  }

  private objectKey(photo: PendingPhoto, body: Buffer): string {
    const digest = createHash('sha256').update(body).digest('hex').slice(0, 32);
    const month = photo.takenAt.toISOString().slice(0, 7);
    return `albums/${photo.albumId}/${month}/${digest}.jpg`;
  }
}
