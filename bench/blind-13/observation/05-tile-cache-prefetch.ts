// expect: none
// allSettled results are split by status; rejected tiles are logged and queued for retry rather than ignored.
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { join, dirname } from 'node:path';

export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

interface PrefetchReport {
  written: number;
  skipped: number;
  failed: TileCoord[];
}

declare function fetchTile(url: string, signal?: AbortSignal): Promise<ArrayBuffer>;
declare const log: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

export class TileCache {
  private retryQueue: TileCoord[] = [];

  constructor(
    private readonly root: string,
    private readonly urlTemplate: string,
  ) {}

  private pathFor(t: TileCoord): string {
    return join(this.root, String(t.z), String(t.x), `${t.y}.png`);
  }

  private urlFor(t: TileCoord): string {
    return this.urlTemplate.replace('{z}', String(t.z)).replace('{x}', String(t.x)).replace('{y}', String(t.y));
  }

  private async isCached(t: TileCoord): Promise<boolean> {
    try {
      const s = await stat(this.pathFor(t));
      return s.size > 0;
    } catch {
      return false;
    }
  }

  private async store(t: TileCoord, signal?: AbortSignal): Promise<'written' | 'skipped'> {
    if (await this.isCached(t)) return 'skipped';
    const data = await fetchTile(this.urlFor(t), signal);
    const file = this.pathFor(t);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, new Uint8Array(data));
    return 'written';
  }

  async prefetch(tiles: TileCoord[], signal?: AbortSignal): Promise<PrefetchReport> {
    const results = await Promise.allSettled(tiles.map((t) => this.store(t, signal)));

    const report: PrefetchReport = { written: 0, skipped: 0, failed: [] };
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') {
        report[r.value] += 1;
      } else {
        report.failed.push(tiles[i]);
        log.warn('tile prefetch failed', { tile: tiles[i], reason: String(r.reason) });
      }
    });

    this.retryQueue.push(...report.failed);
    log.info('prefetch complete', { written: report.written, skipped: report.skipped, failed: report.failed.length });
    return report;
  }

  drainRetries(): TileCoord[] {
    return this.retryQueue.splice(0, this.retryQueue.length);
  }
}
