// expect: no-unobserved-promise
// The image download promise is stored and the BLE session is awaited first; if the download rejects during that wait it has no handler.
import { createHash } from 'node:crypto';

export interface UpdateJob {
  serial: string;
  model: string;
  targetVersion: string;
  expectedSha256: string;
}

export type UpdateOutcome =
  { status: 'updated'; from: string; to: string; bytes: number } | { status: 'up-to-date' } | { status: 'deferred'; reason: string };

interface DeviceSession {
  serial: string;
  batteryPct: number;
  currentVersion: string;
  writeChunk(offset: number, data: Uint8Array): Promise<void>;
  commit(): Promise<void>;
  reboot(): Promise<void>;
  close(): Promise<void>;
}

declare const firmwareCdn: {
  download(model: string, version: string): Promise<Uint8Array>;
};

declare const bleBridge: {
  openSession(serial: string, opts: { timeoutMs: number }): Promise<DeviceSession>;
};

const CHUNK_SIZE = 244; // BLE 4.2 max ATT payload for our hearing aids
const MIN_BATTERY_PCT = 40;

export class FirmwareUpdater {
  constructor(private readonly onProgress: (serial: string, pct: number) => void = () => {}) {}

  async update(job: UpdateJob): Promise<UpdateOutcome> {
    // Kick off the download while we pair with the device; both are slow.
    const image = firmwareCdn.download(job.model, job.targetVersion);
    const session = await bleBridge.openSession(job.serial, { timeoutMs: 15_000 });

    try {
      const bytes = await image;

      if (session.currentVersion === job.targetVersion) {
        return { status: 'up-to-date' };
      }
      if (session.batteryPct < MIN_BATTERY_PCT) {
        return { status: 'deferred', reason: `battery at ${session.batteryPct}%` };
      }

      const digest = createHash('sha256').update(bytes).digest('hex');
      if (digest !== job.expectedSha256) {
        throw new Error(`firmware ${job.model}@${job.targetVersion} checksum mismatch`);
      }

      await this.transfer(session, bytes);
      await session.commit();
      await session.reboot();
      return {
        status: 'updated',
        from: session.currentVersion,
        to: job.targetVersion,
        bytes: bytes.byteLength,
      };
    } finally {
      await session.close();
    }
  }

  private async transfer(session: DeviceSession, bytes: Uint8Array): Promise<void> {
    let lastReported = -1;
    for (let offset = 0; offset < bytes.byteLength; offset += CHUNK_SIZE) {
      await session.writeChunk(offset, bytes.subarray(offset, offset + CHUNK_SIZE));
      const pct = Math.floor(((offset + CHUNK_SIZE) / bytes.byteLength) * 100);
      if (pct !== lastReported && pct % 5 === 0) {
        lastReported = pct;
        this.onProgress(session.serial, Math.min(pct, 100));
      }
    }
  }
}
