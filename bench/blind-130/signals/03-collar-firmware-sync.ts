// expect: no-swallowed-abort
// The catch in downloadFirmware wraps every failure, including the AbortError, in a plain Error, so syncHerd's AbortError check never matches and a shutdown looks like a failed collar.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface FirmwareManifest {
  model: string;
  version: string;
  sha256: string;
  url: string;
}

export interface CollarRecord {
  collarId: string;
  model: string;
  firmware: string;
}

export interface SyncReport {
  updated: string[];
  failed: Array<{ collarId: string; error: string }>;
  interrupted: boolean;
}

async function downloadFirmware(
  manifest: FirmwareManifest,
  cacheDir: string,
  signal: AbortSignal,
): Promise<string> {
  const target = join(cacheDir, `${manifest.model}-${manifest.version}.bin`);
  try {
    const res = await fetch(manifest.url, { signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const image = new Uint8Array(await res.arrayBuffer());
    await writeFile(target, image, { signal });
    return target;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`firmware ${manifest.model}@${manifest.version} download failed: ${reason}`);
  }
}

function needsUpdate(collar: CollarRecord, manifest: FirmwareManifest): boolean {
  return collar.model === manifest.model && collar.firmware !== manifest.version;
}

export async function syncHerd(
  collars: CollarRecord[],
  manifests: FirmwareManifest[],
  cacheDir: string,
  signal: AbortSignal,
): Promise<SyncReport> {
  const report: SyncReport = { updated: [], failed: [], interrupted: false };
  const images = new Map<string, string>();

  for (const collar of collars) {
    const manifest = manifests.find((m) => needsUpdate(collar, m));
    if (!manifest) continue;
    try {
      let path = images.get(manifest.model);
      if (!path) {
        path = await downloadFirmware(manifest, cacheDir, signal);
        images.set(manifest.model, path);
      }
      report.updated.push(collar.collarId);
    } catch (err) {
      if ((err as Error).name === 'AbortError') {
        report.interrupted = true;
        break;
      }
      report.failed.push({ collarId: collar.collarId, error: (err as Error).message });
    }
  }
  return report;
}
