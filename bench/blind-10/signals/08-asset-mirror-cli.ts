// expect: no-swallowed-abort
// After Ctrl-C aborts the shared signal, every remaining download rejects with AbortError, which the per-file catch records as an ordinary failure; mirrorAssets resolves normally and the CLI writes a manifest marking all unfinished assets as broken instead of stopping as cancelled.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

interface AssetEntry {
  path: string;
  url: string;
  sha256: string;
}

interface MirrorReport {
  mirrored: string[];
  failed: { path: string; reason: string }[];
}

async function downloadTo(url: string, dest: string, signal: AbortSignal): Promise<void> {
  const res = await fetch(url, { signal });
  if (!res.ok || !res.body) throw new Error(`GET ${url} -> ${res.status}`);
  await mkdir(dirname(dest), { recursive: true });
  await pipeline(Readable.fromWeb(res.body as NodeReadableStream<Uint8Array>), createWriteStream(dest), { signal });
}

export async function mirrorAssets(assets: AssetEntry[], outDir: string, signal: AbortSignal): Promise<MirrorReport> {
  const report: MirrorReport = { mirrored: [], failed: [] };
  for (const asset of assets) {
    const dest = join(outDir, asset.path);
    try {
      await downloadTo(asset.url, dest, signal);
      report.mirrored.push(asset.path);
      process.stdout.write(`✔ ${asset.path}\n`);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      report.failed.push({ path: asset.path, reason });
      process.stderr.write(`✘ ${asset.path}: ${reason}\n`);
    }
  }
  return report;
}

export async function main(manifestUrl: string, outDir: string): Promise<number> {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);

  try {
    const res = await fetch(manifestUrl, { signal: controller.signal });
    const assets = (await res.json()) as AssetEntry[];
    const report = await mirrorAssets(assets, outDir, controller.signal);
    await writeFile(join(outDir, 'mirror-report.json'), JSON.stringify(report, null, 2));
    console.log(`${report.mirrored.length} mirrored, ${report.failed.length} failed`);
    return report.failed.length ? 1 : 0;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      console.error('mirror cancelled; no report written');
      return 130;
    }
    throw err;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
