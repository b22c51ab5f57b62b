// expect: none
// The 'line' listener fires many times but only accumulates; the promise settles once on 'close' or on the interface's forwarded 'error', with listeners detached first.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface DispatchEvent {
  at: Date;
  rickshawId: string;
  driverId: string;
  kind: 'assigned' | 'pickup' | 'dropoff' | 'breakdown';
  zone: string;
}

export interface ShiftSummary {
  trips: number;
  breakdowns: number;
  busiestZone: string | undefined;
  perDriver: Map<string, number>;
  malformedLines: number;
}

function parseLine(line: string): DispatchEvent | undefined {
  const [ts, rickshawId, driverId, kind, zone] = line.split('\t');
  if (!ts || !rickshawId || !driverId || !kind || !zone) return undefined;
  if (kind !== 'assigned' && kind !== 'pickup' && kind !== 'dropoff' && kind !== 'breakdown') return undefined;
  const at = new Date(ts);
  if (Number.isNaN(at.getTime())) return undefined;
  return { at, rickshawId, driverId, kind, zone };
}

export function summariseShift(logPath: string): Promise<ShiftSummary> {
  return new Promise<ShiftSummary>((resolve, reject) => {
    const input = createReadStream(logPath, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });

    const zoneCounts = new Map<string, number>();
    const perDriver = new Map<string, number>();
    let trips = 0;
    let breakdowns = 0;
    let malformedLines = 0;

    const onLine = (line: string) => {
      if (line.startsWith('#') || line.trim() === '') return;
      const event = parseLine(line);
      if (!event) {
        malformedLines++;
        return;
      }
      if (event.kind === 'dropoff') {
        trips++;
        perDriver.set(event.driverId, (perDriver.get(event.driverId) ?? 0) + 1);
        zoneCounts.set(event.zone, (zoneCounts.get(event.zone) ?? 0) + 1);
      } else if (event.kind === 'breakdown') {
        breakdowns++;
      }
    };

    const detach = () => {
      rl.off('line', onLine);
      rl.off('close', onClose);
      rl.off('error', onError);
    };

    const onClose = () => {
      detach();
      let busiestZone: string | undefined;
      let best = 0;
      for (const [zone, count] of zoneCounts) {
        if (count > best) {
          best = count;
          busiestZone = zone;
        }
      }
      resolve({ trips, breakdowns, busiestZone, perDriver, malformedLines });
    };

    const onError = (err: Error) => {
      detach();
      rl.close();
      reject(err);
    };

    rl.on('line', onLine);
    rl.once('close', onClose);
    rl.once('error', onError);
  });
}

export async function driverLeaderboard(logPath: string, top = 5): Promise<string[]> {
  const summary = await summariseShift(logPath);
  return [...summary.perDriver.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([driver, count], i) => `${i + 1}. ${driver} — ${count} trips`);
}
