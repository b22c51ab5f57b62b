// expect: none
// Tile fetches are awaited via Promise.all before their results are serialized or compared.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface TileKey {
  z: number;
  x: number;
  y: number;
}

interface TileResult {
  key: TileKey;
  bytes: number;
  etag: string | null;
  sha256: string;
}

function tileUrl(base: string, { z, x, y }: TileKey, scene: string): string {
  return `${base}/scenes/${encodeURIComponent(scene)}/${z}/${x}/${y}.webp`;
}

function childrenOf({ z, x, y }: TileKey): TileKey[] {
  return [0, 1].flatMap((dx) => [0, 1].map((dy) => ({ z: z + 1, x: x * 2 + dx, y: y * 2 + dy })));
}

async function fetchTile(url: string, key: TileKey, signal: AbortSignal): Promise<{ result: TileResult; data: Buffer }> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`tile ${key.z}/${key.x}/${key.y}: HTTP ${res.status}`);
  const data = Buffer.from(await res.arrayBuffer());
  const sha256 = createHash('sha256').update(data).digest('hex');
  return { result: { key, bytes: data.length, etag: res.headers.get('etag'), sha256 }, data };
}

export async function prefetchChildren(base: string, scene: string, parent: TileKey, outDir: string, timeoutMs = 15_000): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const fetched = await Promise.all(childrenOf(parent).map((key) => fetchTile(tileUrl(base, key, scene), key, controller.signal)));

    for (const { result, data } of fetched) {
      const dir = path.join(outDir, scene, String(result.key.z), String(result.key.x));
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `${result.key.y}.webp`), data);
    }

    const results = fetched.map((f) => f.result);
    const totalBytes = results.reduce((sum, r) => sum + r.bytes, 0);
    const manifest = JSON.stringify({ scene, parent, totalBytes, tiles: results }, null, 2);
    await writeFile(path.join(outDir, scene, `manifest-${parent.z}-${parent.x}-${parent.y}.json`), manifest);
    return manifest;
  } finally {
    clearTimeout(timer);
  }
}
