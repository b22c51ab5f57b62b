// expect: no-promise-as-value
// correctedTimes() is async but is not awaited, so the `results` field published to the committee board is a Promise (serialised as {}).
import { EventEmitter } from 'node:events';

declare const committeeBoard: {
  publish(channel: string, payload: Record<string, unknown>): Promise<void>;
};
declare function fetchRatingCertificate(sailNumber: string): Promise<{ tcc: number; validUntil: string }>;

export interface Finish {
  sailNumber: string;
  boatName: string;
  finishedAt: Date;
}

export interface CorrectedResult {
  sailNumber: string;
  boatName: string;
  elapsedSec: number;
  correctedSec: number;
  place: number;
}

const PROTEST_WINDOW_MS = 90 * 60 * 1000;

export class RaceCommittee extends EventEmitter {
  private finishes = new Map<string, Finish[]>();
  private starts = new Map<string, Date>();

  startRace(raceId: string, gun: Date = new Date()): void {
    this.starts.set(raceId, gun);
    this.finishes.set(raceId, []);
    this.emit('started', raceId, gun);
  }

  recordFinish(raceId: string, finish: Finish): void {
    const list = this.finishes.get(raceId);
    if (!list) throw new Error(`race ${raceId} has not started`);
    if (list.some((f) => f.sailNumber === finish.sailNumber)) return;
    list.push(finish);
    this.emit('finish', raceId, finish);
  }

  private async correctedTimes(raceId: string): Promise<CorrectedResult[]> {
    const gun = this.starts.get(raceId);
    const list = this.finishes.get(raceId) ?? [];
    if (!gun) return [];

    const rated = await Promise.all(
      list.map(async (f) => {
        const cert = await fetchRatingCertificate(f.sailNumber);
        const elapsedSec = Math.round((f.finishedAt.getTime() - gun.getTime()) / 1000);
        // Time-on-time: corrected = elapsed x TCC
        return { ...f, elapsedSec, correctedSec: Math.round(elapsedSec * cert.tcc) };
      }),
    );

    return rated
      .sort((a, b) => a.correctedSec - b.correctedSec)
      .map((r, i) => ({
        sailNumber: r.sailNumber,
        boatName: r.boatName,
        elapsedSec: r.elapsedSec,
        correctedSec: r.correctedSec,
        place: i + 1,
      }));
  }

  async postProvisionalResults(raceId: string): Promise<void> {
    const lastFinish = (this.finishes.get(raceId) ?? []).reduce<number>((latest, f) => Math.max(latest, f.finishedAt.getTime()), 0);
    if (lastFinish === 0) throw new Error(`no finishers recorded for ${raceId}`);

    const results = this.correctedTimes(raceId);
    const protestDeadline = new Date(lastFinish + PROTEST_WINDOW_MS);

    await committeeBoard.publish('provisional-results', {
      raceId,
      status: 'provisional',
      postedAt: new Date().toISOString(),
      protestDeadline: protestDeadline.toISOString(),
      results,
    });
    this.emit('posted', raceId, protestDeadline);
  }
}
