// expect: require-signal-propagation
// Bug: syncBeaconFirmware receives opts.signal and passes it to the manifest fetch, but the per-beacon firmware fetch is issued without it.
import { createHash } from 'node:crypto';

export interface BeaconRecord {
  serial: string;
  model: 'pulse-3' | 'pulse-4' | 'tracker-s';
  firmware: string;
  lastSeen: string;
}

export interface SyncOptions {
  baseUrl: string;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

interface FirmwareManifest {
  model: BeaconRecord['model'];
  version: string;
  sha256: string;
  path: string;
}

export interface SyncResult {
  updated: string[];
  skipped: string[];
  failed: Array<{ serial: string; reason: string }>;
}

async function loadManifest(baseUrl: string, signal?: AbortSignal): Promise<FirmwareManifest[]> {
  const res = await fetch(new URL('/firmware/manifest.json', baseUrl), { signal });
  if (!res.ok) {
    throw new Error(`manifest request failed: ${res.status}`);
  }
  return (await res.json()) as FirmwareManifest[];
}

function verifyDigest(payload: ArrayBuffer, expected: string): boolean {
  const digest = createHash('sha256').update(Buffer.from(payload)).digest('hex');
  return digest === expected.toLowerCase();
}

declare const beaconStore: {
  listDue(): Promise<BeaconRecord[]>;
  stageFirmware(serial: string, version: string, image: Uint8Array): Promise<void>;
};

export async function syncBeaconFirmware(opts: SyncOptions): Promise<SyncResult> {
  const { baseUrl, signal, onProgress } = opts;
  const manifest = await loadManifest(baseUrl, signal);
  const byModel = new Map(manifest.map((m) => [m.model, m]));
  const beacons = await beaconStore.listDue();

  const result: SyncResult = { updated: [], skipped: [], failed: [] };
  const imageCache = new Map<string, ArrayBuffer>();

  for (const [index, beacon] of beacons.entries()) {
    signal?.throwIfAborted();
    const target = byModel.get(beacon.model);

    if (!target || target.version === beacon.firmware) {
      result.skipped.push(beacon.serial);
      onProgress?.(index + 1, beacons.length);
      continue;
    }

    let image = imageCache.get(target.version + target.model);
    if (!image) {
      // Images are large (~4 MB), so only download each model/version once.
      const res = await fetch(new URL(target.path, baseUrl), {
        headers: { accept: 'application/octet-stream' },
      });
      if (!res.ok) {
        result.failed.push({ serial: beacon.serial, reason: `download ${res.status}` });
        continue;
      }
      image = await res.arrayBuffer();
      if (!verifyDigest(image, target.sha256)) {
        result.failed.push({ serial: beacon.serial, reason: 'checksum mismatch' });
        continue;
      }
      imageCache.set(target.version + target.model, image);
    }

    await beaconStore.stageFirmware(beacon.serial, target.version, new Uint8Array(image));
    result.updated.push(beacon.serial);
    onProgress?.(index + 1, beacons.length);
  }

  return result;
}
