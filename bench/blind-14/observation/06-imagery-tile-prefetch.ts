// expect: none
// Correct: every allSettled result is inspected; rejected tiles are collected, logged and re-queued.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface TileKey {
  z: number;
  x: number;
  y: number;
}

export interface PrefetchReport {
  written: number;
  failed: { key: TileKey; reason: string }[];
}

declare const tileSource: {
  render(key: TileKey, layer: string): Promise<Uint8Array>;
};

function tilePath(root: string, layer: string, k: TileKey): string {
  return path.join(root, layer, String(k.z), String(k.x), `${k.y}.png`);
}

export function tilesForBounds(z: number, minX: number, maxX: number, minY: number, maxY: number): TileKey[] {
  const keys: TileKey[] = [];
  for (let x = minX; x <= maxX; x++) {
    for (let y = minY; y <= maxY; y++) keys.push({ z, x, y });
  }
  return keys;
}

async function writeTile(root: string, layer: string, key: TileKey): Promise<TileKey> {
  const bytes = await tileSource.render(key, layer);
  const file = tilePath(root, layer, key);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return key;
}

export async function prefetchTiles(
  root: string,
  layer: string,
  keys: TileKey[],
  retryQueue: TileKey[],
  chunkSize = 32,
): Promise<PrefetchReport> {
  const report: PrefetchReport = { written: 0, failed: [] };

  for (let i = 0; i < keys.length; i += chunkSize) {
    const chunk = keys.slice(i, i + chunkSize);
    const results = await Promise.allSettled(chunk.map((k) => writeTile(root, layer, k)));

    results.forEach((r, idx) => {
      if (r.status === 'fulfilled') {
        report.written++;
        return;
      }
      const key = chunk[idx];
      const reason = r.reason instanceof Error ? r.reason.message : String(r.reason);
      report.failed.push({ key, reason });
      retryQueue.push(key);
    });
  }

  if (report.failed.length > 0) {
    console.warn(`[tiles] ${layer}: ${report.failed.length}/${keys.length} tiles failed, re-queued`);
  }
  return report;
}
