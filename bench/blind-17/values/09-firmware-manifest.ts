// expect: no-read-before-settle
// this.manifest is assigned inside the fs.readFile callback, but planUpdate reads it synchronously right after starting the read, so the first call (and every call after a refresh) sees the old or missing manifest.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface FirmwareManifest {
  version: string;
  models: Record<string, { image: string; sha256: string; minBatteryPct: number }>;
  releasedAt: string;
}

export interface HearingAid {
  serial: string;
  model: string;
  firmware: string;
  batteryPct: number;
  side: 'left' | 'right';
}

export interface UpdatePlan {
  serial: string;
  from: string;
  to: string;
  imagePath: string;
  sha256: string;
}

const MANIFEST_TTL_MS = 10 * 60_000;

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export class FirmwareUpdater extends EventEmitter {
  private manifest?: FirmwareManifest;
  private loadedAt = 0;

  constructor(private readonly firmwareDir: string) {
    super();
  }

  private get manifestPath(): string {
    return join(this.firmwareDir, 'manifest.json');
  }

  private refreshManifest(): void {
    readFile(this.manifestPath, 'utf8', (err, text) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      this.manifest = JSON.parse(text) as FirmwareManifest;
      this.loadedAt = Date.now();
      this.emit('manifest', this.manifest.version);
    });
  }

  async planUpdate(device: HearingAid): Promise<UpdatePlan | null> {
    if (!this.manifest || Date.now() - this.loadedAt > MANIFEST_TTL_MS) {
      this.refreshManifest();
    }

    const manifest = this.manifest;
    if (!manifest) {
      return null;
    }
    const entry = manifest.models[device.model];
    if (!entry || compareVersions(manifest.version, device.firmware) <= 0) {
      return null;
    }
    if (device.batteryPct < entry.minBatteryPct) {
      this.emit('deferred', { serial: device.serial, reason: 'battery' });
      return null;
    }
    return {
      serial: device.serial,
      from: device.firmware,
      to: manifest.version,
      imagePath: join(this.firmwareDir, entry.image),
      sha256: entry.sha256,
    };
  }

  async planPair(left: HearingAid, right: HearingAid): Promise<UpdatePlan[]> {
    // Both sides must move together or the binaural streaming link drops.
    const plans = await Promise.all([this.planUpdate(left), this.planUpdate(right)]);
    return plans.every((p) => p !== null) ? (plans as UpdatePlan[]) : [];
  }
}
