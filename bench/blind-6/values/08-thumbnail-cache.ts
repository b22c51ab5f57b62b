// expect: none
// The `===` compares two promises on purpose: it only evicts the in-flight entry if it is still the same render this call started, not a newer one.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';

declare const imaging: {
  resize(input: Buffer, opts: { width: number; height: number; fit: 'cover' | 'contain'; signal?: AbortSignal }): Promise<Buffer>;
};

export class ThumbnailCache {
  private readonly inflight = new Map<string, Promise<string>>();

  constructor(private readonly cacheDir: string) {}

  private keyFor(source: string, width: number, height: number): string {
    return createHash('sha1').update(`${source}@${width}x${height}`).digest('hex');
  }

  thumbnail(source: string, width: number, height: number): Promise<string> {
    const key = this.keyFor(source, width, height);
    const existing = this.inflight.get(key);
    if (existing) return existing;

    const render = this.render(source, key, width, height);
    this.inflight.set(key, render);
    const clear = () => {
      if (this.inflight.get(key) === render) this.inflight.delete(key);
    };
    render.then(clear, clear);
    return render;
  }

  invalidate(source: string, width: number, height: number): void {
    this.inflight.delete(this.keyFor(source, width, height));
  }

  private async render(source: string, key: string, width: number, height: number): Promise<string> {
    const target = path.join(this.cacheDir, key.slice(0, 2), `${key}.webp`);
    try {
      await readFile(target);
      return target;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const original = await readFile(source);
    const resized = await imaging.resize(original, { width, height, fit: 'cover' });
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, resized);
    return target;
  }
}
