// expect: none
// Both beacon queries are started together and combined with Promise.all, so a rejection from either is observed.
import { EventEmitter } from 'node:events';

export interface BeaconFix {
  serial: string;
  distanceM: number;
  bearingDeg: number;
  signalDb: number;
}

export interface SweepResult {
  zone: string;
  fixes: BeaconFix[];
  flaggedSerials: string[];
}

declare const transceiverGateway: {
  scanZone(zone: string, signal: AbortSignal): Promise<BeaconFix[]>;
  registeredSerials(zone: string): Promise<string[]>;
};

export class BeaconSweeper extends EventEmitter {
  private readonly timeoutMs: number;

  constructor(timeoutMs = 8000) {
    super();
    this.timeoutMs = timeoutMs;
  }

  async sweep(zone: string): Promise<SweepResult> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);

    try {
      const scanning = transceiverGateway.scanZone(zone, controller.signal);
      const registry = transceiverGateway.registeredSerials(zone);
      const [fixes, known] = await Promise.all([scanning, registry]);

      const knownSet = new Set(known);
      // Anything transmitting that isn't a registered patrol unit is a potential burial.
      const flaggedSerials = fixes
        .filter((fix) => !knownSet.has(fix.serial))
        .sort((a, b) => a.distanceM - b.distanceM)
        .map((fix) => fix.serial);

      for (const serial of flaggedSerials) {
        this.emit('candidate', { zone, serial });
      }

      return { zone, fixes, flaggedSerials };
    } finally {
      clearTimeout(timer);
    }
  }

  async sweepAll(zones: readonly string[]): Promise<SweepResult[]> {
    const results: SweepResult[] = [];
    for (const zone of zones) {
      results.push(await this.sweep(zone));
    }
    return results;
  }
}

export function nearest(result: SweepResult): BeaconFix | undefined {
  const flagged = new Set(result.flaggedSerials);
  return result.fixes
    .filter((fix) => flagged.has(fix.serial))
    .reduce<BeaconFix | undefined>((best, fix) => (best === undefined || fix.distanceM < best.distanceM ? fix : best), undefined);
}
