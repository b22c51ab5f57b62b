// expect: no-read-before-settle
// permitNo is assigned in the .then callback but read synchronously right after, so the logbook entry always records "pending".
import { EventEmitter } from 'node:events';

export interface BlastRound {
  siteId: string;
  holes: number;
  kgPerHole: number;
  stemmingM: number;
}

export interface LogbookEntry {
  siteId: string;
  permitNo: string;
  totalKg: number;
  at: Date;
}

declare const permitOffice: {
  issue(siteId: string, totalKg: number): Promise<{ permitNo: string; validUntil: Date }>;
};

declare const logbook: {
  append(entry: LogbookEntry): void;
};

// stemming should be at least 0.7x burden; we approximate burden from charge weight here
function minimumStemming(kgPerHole: number): number {
  return Math.round(Math.sqrt(kgPerHole) * 0.7 * 10) / 10;
}

export class BlastController extends EventEmitter {
  private armed = new Set<string>();

  prepare(round: BlastRound): LogbookEntry {
    if (this.armed.has(round.siteId)) {
      throw new Error(`site ${round.siteId} already has an armed round`);
    }
    const required = minimumStemming(round.kgPerHole);
    if (round.stemmingM < required) {
      throw new Error(`stemming ${round.stemmingM}m below ${required}m at ${round.siteId}; risk of flyrock`);
    }

    const totalKg = round.holes * round.kgPerHole;
    let permitNo = 'pending';
    permitOffice
      .issue(round.siteId, totalKg)
      .then((permit) => {
        permitNo = permit.permitNo;
        this.emit('permit', round.siteId, permit);
      })
      .catch((err: unknown) => {
        this.armed.delete(round.siteId);
        this.emit('permit-denied', round.siteId, err);
      });

    this.armed.add(round.siteId);
    const entry: LogbookEntry = { siteId: round.siteId, permitNo, totalKg, at: new Date() };
    logbook.append(entry);
    return entry;
  }

  disarm(siteId: string): boolean {
    return this.armed.delete(siteId);
  }

  armedSites(): string[] {
    return [...this.armed].sort();
  }
}
