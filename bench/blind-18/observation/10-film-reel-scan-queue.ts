// expect: no-unobserved-promise
// The scanner reservation promise is started before the quarantine check; on the throw path it is never awaited, so a reservation failure goes unhandled.
import { EventEmitter } from 'node:events';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export type Gauge = '8mm' | 'super8' | '16mm' | '35mm';

export interface Reel {
  accession: string;
  gauge: Gauge;
  title: string;
  shrinkagePct: number;
  condition: 'good' | 'brittle' | 'vinegar' | 'mould';
}

export interface ScannerSlot {
  scannerId: string;
  gate: Gauge;
  release(): Promise<void>;
}

declare const scanners: {
  reserve(gauge: Gauge, opts: { wetGate: boolean }): Promise<ScannerSlot>;
};

declare function scanReel(slot: ScannerSlot, reel: Reel, outDir: string): Promise<{ frames: number }>;

export class ReelQuarantinedError extends Error {
  constructor(
    readonly accession: string,
    readonly condition: Reel['condition'],
  ) {
    super(`reel ${accession} quarantined (${condition})`);
  }
}

export class ScanQueue extends EventEmitter {
  constructor(private readonly masterRoot: string) {
    super();
  }

  private needsWetGate(reel: Reel): boolean {
    return reel.condition === 'brittle' || reel.shrinkagePct > 0.8;
  }

  async scan(reel: Reel): Promise<number> {
    const reservation = scanners.reserve(reel.gauge, { wetGate: this.needsWetGate(reel) });

    if (reel.condition === 'vinegar' || reel.condition === 'mould') {
      this.emit('quarantine', { accession: reel.accession, condition: reel.condition });
      throw new ReelQuarantinedError(reel.accession, reel.condition);
    }

    const outDir = path.join(this.masterRoot, reel.gauge, reel.accession);
    const slot = await reservation;
    try {
      await mkdir(outDir, { recursive: true });
      this.emit('scan:start', { accession: reel.accession, scannerId: slot.scannerId });
      const { frames } = await scanReel(slot, reel, outDir);
      this.emit('scan:done', { accession: reel.accession, frames });
      return frames;
    } finally {
      await slot.release();
    }
  }

  async drain(reels: Reel[]): Promise<Map<string, number | Error>> {
    const outcome = new Map<string, number | Error>();
    for (const reel of reels) {
      try {
        outcome.set(reel.accession, await this.scan(reel));
      } catch (err) {
        outcome.set(reel.accession, err instanceof Error ? err : new Error(String(err)));
      }
    }
    return outcome;
  }
}
