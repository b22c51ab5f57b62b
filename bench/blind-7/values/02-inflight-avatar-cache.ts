// expect: none
// The map deliberately stores in-flight promises so concurrent callers share one request; `??` picks the existing promise, the log interpolates only the key string, and every caller awaits the value.
declare const blobStore: {
  download(bucket: string, key: string, opts?: { signal?: AbortSignal }): Promise<Uint8Array>;
};
declare const log: { debug(msg: string): void; warn(msg: string, err?: unknown): void };

export interface Avatar {
  userId: string;
  bytes: Uint8Array;
  fetchedAt: number;
}

export class AvatarCache {
  private readonly inflight = new Map<string, Promise<Avatar>>();
  private readonly ready = new Map<string, Avatar>();

  constructor(
    private readonly bucket: string,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  async get(userId: string, size: 64 | 128 | 256): Promise<Avatar> {
    const key = `${userId}@${size}`;
    const cached = this.ready.get(key);
    if (cached && Date.now() - cached.fetchedAt < this.ttlMs) {
      return cached;
    }

    const pending = this.inflight.get(key) ?? this.load(key, userId, size);
    log.debug(`avatar ${key}: ${this.inflight.has(key) ? 'joining request' : 'new request'}`);
    this.inflight.set(key, pending);
    try {
      const avatar = await pending;
      this.ready.set(key, avatar);
      return avatar;
    } finally {
      if (this.inflight.get(key) === pending) {
        this.inflight.delete(key);
      }
    }
  }

  private async load(key: string, userId: string, size: number): Promise<Avatar> {
    try {
      const bytes = await blobStore.download(this.bucket, `avatars/${userId}/${size}.webp`);
      return { userId, bytes, fetchedAt: Date.now() };
    } catch (err) {
      log.warn(`avatar ${key} failed, serving placeholder`, err);
      const bytes = await blobStore.download(this.bucket, `avatars/_placeholder/${size}.webp`);
      return { userId, bytes, fetchedAt: Date.now() };
    }
  }

  evict(userId: string): void {
    for (const key of [...this.ready.keys()]) {
      if (key.startsWith(`${userId}@`)) this.ready.delete(key);
    }
  }
}
