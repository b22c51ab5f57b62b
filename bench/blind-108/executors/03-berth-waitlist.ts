// expect: no-multiple-settle
// When a berth frees up the interval callback resolves but never clears the interval, so the registry keeps being polled forever and every later tick calls resolve again and re-emits 'assigned' for berths the barge will never take.
import { EventEmitter } from 'node:events';

export interface Berth {
  id: string;
  reach: string;
  lengthM: number;
  maxStayHours: number;
}

export interface MooringRegistry {
  freeBerths(reach: string, minLengthM: number, cb: (err: Error | null, berths?: Berth[]) => void): void;
}

export interface WaitOptions {
  pollMs?: number;
  deadlineMs?: number;
}

export class NoBerthAvailable extends Error {
  constructor(readonly reach: string, readonly waitedMs: number) {
    super(`no berth on ${reach} after ${Math.round(waitedMs / 1000)}s`);
    this.name = 'NoBerthAvailable';
  }
}

export class BerthWaitlist extends EventEmitter {
  constructor(private readonly registry: MooringRegistry) {
    super();
  }

  waitForBerth(reach: string, bargeLengthM: number, opts: WaitOptions = {}): Promise<Berth> {
    const pollMs = opts.pollMs ?? 30_000;
    const deadlineMs = opts.deadlineMs ?? 4 * 60 * 60 * 1000;
    const startedAt = Date.now();

    return new Promise<Berth>((resolve, reject) => {
      const deadline = setTimeout(() => {
        clearInterval(poller);
        reject(new NoBerthAvailable(reach, Date.now() - startedAt));
      }, deadlineMs);

      const poller = setInterval(() => {
        this.registry.freeBerths(reach, bargeLengthM, (err, berths) => {
          if (err) {
            clearInterval(poller);
            clearTimeout(deadline);
            reject(err);
            return;
          }
          const best = (berths ?? [])
            .filter((b) => b.lengthM >= bargeLengthM)
            .sort((a, b) => a.lengthM - b.lengthM)[0];
          if (best) {
            clearTimeout(deadline);
            this.emit('assigned', { reach, berth: best.id, waitedMs: Date.now() - startedAt });
            resolve(best);
          } else {
            this.emit('still-waiting', { reach, waitedMs: Date.now() - startedAt });
          }
        });
      }, pollMs);
    });
  }
}

export function describeBerth(b: Berth): string {
  return `${b.id} on ${b.reach} (${b.lengthM}m, max ${b.maxStayHours}h)`;
}
