// expect: no-read-before-settle
// totalBytes and unreadable are only updated inside the fs.stat callbacks, but the summary reads them synchronously right after the loop, before any callback has run.
import { stat } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface PhotoFolderSummary {
  site: string;
  photos: string[];
  totalBytes: number;
  unreadable: number;
  byTransect: Record<string, number>;
}

const PHOTO_PATTERN = /^T(\d+)_Q(\d{3})_(\d{8})\.(jpe?g|dng)$/i;

export function transectOf(fileName: string): string | undefined {
  const match = PHOTO_PATTERN.exec(fileName);
  return match ? `T${match[1]}` : undefined;
}

export class ReefPhotoIndexer {
  constructor(private readonly root: string) {}

  async summarize(site: string): Promise<PhotoFolderSummary> {
    const dir = path.join(this.root, site);
    const names = (await readdir(dir)).filter((n) => PHOTO_PATTERN.test(n)).sort();

    let totalBytes = 0;
    let unreadable = 0;
    const byTransect: Record<string, number> = {};

    for (const name of names) {
      const transect = transectOf(name)!;
      byTransect[transect] = (byTransect[transect] ?? 0) + 1;
      stat(path.join(dir, name), (err, info) => {
        if (err) {
          unreadable += 1;
          return;
        }
        totalBytes += info.size;
      });
    }

    return {
      site,
      photos: names,
      totalBytes,
      unreadable,
      byTransect,
    };
  }

  async summarizeAll(sites: string[]): Promise<PhotoFolderSummary[]> {
    const summaries: PhotoFolderSummary[] = [];
    for (const site of sites) {
      summaries.push(await this.summarize(site));
    }
    return summaries;
  }
}

export function formatSummary(summary: PhotoFolderSummary): string {
  const mb = (summary.totalBytes / 1_048_576).toFixed(1);
  const transects = Object.entries(summary.byTransect)
    .map(([t, n]) => `${t}:${n}`)
    .join(' ');
  return `${summary.site}: ${summary.photos.length} photos, ${mb} MB, ${summary.unreadable} unreadable [${transects}]`;
}
