// expect: none
// Per-asset failures are logged and counted, but once Ctrl-C has aborted the controller the catch rethrows, so the interrupt ends the command instead of being tallied as one more failed download.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

interface Asset {
  name: string;
  url: string;
  size: number;
}

interface ReleaseManifest {
  tag: string;
  assets: Asset[];
}

async function downloadAsset(asset: Asset, destDir: string, signal: AbortSignal): Promise<void> {
  const res = await fetch(asset.url, { signal, redirect: 'follow' });
  if (!res.ok || !res.body) {
    throw new Error(`HTTP ${res.status} while fetching ${asset.name}`);
  }
  const body = Readable.fromWeb(res.body as unknown as NodeReadableStream<Uint8Array>);
  await pipeline(body, createWriteStream(join(destDir, asset.name)), { signal });
}

export async function pullRelease(manifestUrl: string, destDir: string): Promise<number> {
  const controller = new AbortController();
  const onSigint = () => {
    console.error('\nInterrupted, stopping downloads...');
    controller.abort();
  };
  process.once('SIGINT', onSigint);

  try {
    const res = await fetch(manifestUrl, { signal: controller.signal });
    if (!res.ok) throw new Error(`could not read manifest: HTTP ${res.status}`);
    const manifest = (await res.json()) as ReleaseManifest;
    await mkdir(destDir, { recursive: true });

    const failed: string[] = [];
    for (const asset of manifest.assets) {
      try {
        await downloadAsset(asset, destDir, controller.signal);
        console.log(`ok   ${asset.name} (${(asset.size / 1024).toFixed(0)} KiB)`);
      } catch (err) {
        if (controller.signal.aborted) throw err;
        console.error(`fail ${asset.name}: ${(err as Error).message}`);
        failed.push(asset.name);
      }
    }

    if (failed.length > 0) {
      console.error(`${failed.length}/${manifest.assets.length} assets of ${manifest.tag} failed`);
      return 1;
    }
    console.log(`pulled ${manifest.tag} into ${destDir}`);
    return 0;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
