// expect: none
// lastCheckIn and weatherCalls are filled by the readline 'line' callback but only read after the promise settled by 'close', when every line has been handled.
import { createReadStream } from 'node:fs';
import readline from 'node:readline';

export interface CheckIn {
  towerId: string;
  at: Date;
  visibilityKm: number;
}

export interface HandoverReport {
  overdue: string[];
  poorVisibility: string[];
  weatherCalls: number;
  malformedLines: number;
  latest: Map<string, CheckIn>;
}

const LINE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)\s+(\S+)\s+(CHECKIN|WX|SMOKE)\s*(.*)$/;

export async function summarizeRadioLog(
  file: string,
  towers: readonly string[],
  shiftEnd: Date,
  maxSilenceMin = 60,
): Promise<HandoverReport> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const rl = readline.createInterface({ input, crlfDelay: Infinity });

  const lastCheckIn = new Map<string, CheckIn>();
  let weatherCalls = 0;
  let malformed = 0;

  rl.on('line', (line) => {
    const m = LINE.exec(line);
    if (!m) {
      if (line.trim()) malformed += 1;
      return;
    }
    const [, iso, towerId, kind, rest] = m;
    if (kind === 'WX') {
      weatherCalls += 1;
      return;
    }
    if (kind === 'CHECKIN') {
      const vis = Number(/vis=(\d+(?:\.\d+)?)/.exec(rest)?.[1] ?? NaN);
      const at = new Date(iso);
      const prev = lastCheckIn.get(towerId);
      if (!prev || prev.at < at) lastCheckIn.set(towerId, { towerId, at, visibilityKm: vis });
    }
  });

  await new Promise<void>((resolve, reject) => {
    const onClose = () => {
      rl.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      rl.off('close', onClose);
      rl.close();
      reject(err);
    };
    rl.once('close', onClose);
    rl.once('error', onError);
  });

  const overdue = towers.filter((t) => {
    const last = lastCheckIn.get(t);
    return !last || (shiftEnd.getTime() - last.at.getTime()) / 60_000 > maxSilenceMin;
  });
  const poorVisibility = [...lastCheckIn.values()]
    .filter((c) => Number.isFinite(c.visibilityKm) && c.visibilityKm < 15)
    .map((c) => c.towerId);

  return { overdue, poorVisibility, weatherCalls, malformedLines: malformed, latest: lastCheckIn };
}
