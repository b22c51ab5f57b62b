// expect: no-floating-promises
// The async 'qso' listener's promise is ignored by EventEmitter, so a failed dupe check or insert becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export type Band = '160m' | '80m' | '40m' | '20m' | '15m' | '10m';
export type Mode = 'CW' | 'SSB' | 'RTTY';

export interface Qso {
  call: string;
  band: Band;
  mode: Mode;
  sentRst: string;
  rcvdRst: string;
  exchange: string; // CQ zone in this contest
  at: Date;
}

interface LoggedQso extends Qso {
  points: number;
  newMultiplier: boolean;
}

interface ContestLog {
  isDupe(call: string, band: Band, mode: Mode): Promise<boolean>;
  insert(qso: LoggedQso): Promise<void>;
}

declare const myZone: number;
declare const myContinent: string;
declare function continentOf(call: string): string;

export class ContestSession extends EventEmitter {
  private readonly multipliers = new Set<string>();
  private qsoPoints = 0;
  private qsoCount = 0;

  constructor(
    private readonly rig: EventEmitter,
    private readonly log: ContestLog,
  ) {
    super();
    this.rig.on('qso', async (qso: Qso) => {
      const dupe = await this.log.isDupe(qso.call, qso.band, qso.mode);
      const scored = this.score(qso, dupe);
      await this.log.insert(scored);
      this.qsoCount++;
      this.qsoPoints += scored.points;
      this.emit('scored', scored);
    });
  }

  private score(qso: Qso, dupe: boolean): LoggedQso {
    if (dupe) {
      return { ...qso, points: 0, newMultiplier: false };
    }
    const theirContinent = continentOf(qso.call);
    const points = theirContinent !== myContinent ? 3 : Number(qso.exchange) !== myZone ? 1 : 0;
    const multKey = `${qso.band}:${qso.exchange}`;
    const newMultiplier = !this.multipliers.has(multKey);
    if (newMultiplier) {
      this.multipliers.add(multKey);
    }
    return { ...qso, points, newMultiplier };
  }

  get claimedScore(): number {
    return this.qsoPoints * this.multipliers.size;
  }

  summary(): { qsos: number; points: number; multipliers: number; score: number } {
    return {
      qsos: this.qsoCount,
      points: this.qsoPoints,
      multipliers: this.multipliers.size,
      score: this.claimedScore,
    };
  }
}

export function rateLastHour(qsos: Array<{ at: Date }>, now = new Date()): number {
  const hourAgo = now.getTime() - 60 * 60 * 1000;
  return qsos.filter((q) => q.at.getTime() >= hourAgo).length;
}
