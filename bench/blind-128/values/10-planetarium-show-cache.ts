// expect: none
// The cache deliberately stores in-flight promises so concurrent callers share one download; callers always await the returned promise, and failed entries are evicted so they can be retried.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface DomeShow {
  id: string;
  title: string;
  runtimeSec: number;
  frameCount: number;
  audioTracks: string[];
}

export interface ShowArchive {
  download(showId: string, destDir: string): Promise<string>;
}

export class ShowCache {
  private readonly inflight = new Map<string, Promise<DomeShow>>();
  private hits = 0;

  constructor(private readonly archive: ShowArchive, private readonly cacheDir: string) {}

  get(showId: string): Promise<DomeShow> {
    const existing = this.inflight.get(showId);
    if (existing) {
      this.hits++;
      return existing;
    }
    const loading = this.load(showId);
    this.inflight.set(showId, loading);
    loading.catch(() => {
      if (this.inflight.get(showId) === loading) this.inflight.delete(showId);
    });
    return loading;
  }

  private async load(showId: string): Promise<DomeShow> {
    const local = join(this.cacheDir, showId, 'show.json');
    const present = await stat(local).then(
      (s) => s.isFile(),
      () => false,
    );
    const manifestPath = present ? local : await this.archive.download(showId, join(this.cacheDir, showId));
    const show = JSON.parse(await readFile(manifestPath, 'utf8')) as DomeShow;
    if (show.id !== showId) {
      throw new Error(`archive returned ${show.id} for ${showId}`);
    }
    return show;
  }

  get hitCount(): number {
    return this.hits;
  }

  evict(showId: string): boolean {
    return this.inflight.delete(showId);
  }
}

export async function buildEvening(cache: ShowCache, showIds: string[], intermissionSec = 900): Promise<string[]> {
  const shows = await Promise.all(showIds.map((id) => cache.get(id)));
  let clock = 19 * 3600;
  const lines: string[] = [];
  for (const show of shows) {
    const hh = String(Math.floor(clock / 3600)).padStart(2, '0');
    const mm = String(Math.floor((clock % 3600) / 60)).padStart(2, '0');
    lines.push(`${hh}:${mm}  ${show.title} (${Math.round(show.runtimeSec / 60)} min)`);
    clock += show.runtimeSec + intermissionSec;
  }
  return lines;
}
