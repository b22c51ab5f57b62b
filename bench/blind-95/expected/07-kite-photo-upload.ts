// expect: no-reused-settled-promise
// The .catch "retry" waits and then returns the same upload promise that just rejected, so no second upload is attempted and a flaky festival Wi-Fi drop loses the photo after a useless 1.5 s delay.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface GalleryApi {
  upload(name: string, bytes: Uint8Array, contentType: string): Promise<{ url: string }>;
  tag(url: string, tags: string[]): Promise<void>;
}

export interface Entry {
  kiteTeam: string;
  category: 'single-line' | 'dual-line' | 'quad-line' | 'giant';
  photoPath: string;
}

function contentTypeFor(path: string): string {
  if (/\.jpe?g$/i.test(path)) return 'image/jpeg';
  if (/\.png$/i.test(path)) return 'image/png';
  if (/\.heic$/i.test(path)) return 'image/heic';
  return 'application/octet-stream';
}

function isNetworkBlip(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'EAI_AGAIN';
}

export class FestivalGallery {
  constructor(private readonly api: GalleryApi) {}

  async publish(entry: Entry): Promise<string> {
    const bytes = await readFile(entry.photoPath);
    const name = `${entry.kiteTeam.toLowerCase().replace(/\s+/g, '-')}-${basename(entry.photoPath)}`;

    const upload = this.api.upload(name, bytes, contentTypeFor(entry.photoPath));
    const { url } = await upload.catch(async (err: unknown) => {
      if (!isNetworkBlip(err)) throw err;
      console.warn(`upload of ${name} hit ${String((err as Error).message)}, retrying`);
      await sleep(1_500);
      return upload;
    });

    await this.api.tag(url, ['kite-festival-2024', entry.category, entry.kiteTeam]);
    return url;
  }

  async publishAll(entries: Entry[]): Promise<{ published: string[]; failed: string[] }> {
    const published: string[] = [];
    const failed: string[] = [];
    for (const entry of entries) {
      try {
        published.push(await this.publish(entry));
      } catch (err) {
        console.error(`could not publish ${entry.photoPath}`, err);
        failed.push(entry.photoPath);
      }
    }
    return { published, failed };
  }
}
