// expect: none
// The executor settles exactly once: close resolves, a readline error rejects after detaching the close listener.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface KilnReading {
  at: Date;
  zone: 'top' | 'middle' | 'bottom';
  celsius: number;
}

export interface FiringSummary {
  readings: number;
  peakCelsius: number;
  minutesAboveBisque: number;
  coneReached: string | null;
}

const LINE = /^(\S+)\s+(top|middle|bottom)\s+(-?\d+(?:\.\d+)?)C$/;

const CONES: Array<[string, number]> = [
  ['06', 999],
  ['04', 1060],
  ['6', 1222],
  ['10', 1285],
];

function parseLine(line: string): KilnReading | null {
  const match = LINE.exec(line.trim());
  if (!match) return null;
  const at = new Date(match[1]);
  if (Number.isNaN(at.getTime())) return null;
  return { at, zone: match[2] as KilnReading['zone'], celsius: Number(match[3]) };
}

export function readFiringLog(file: string): Promise<KilnReading[]> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(file, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const readings: KilnReading[] = [];

    const onLine = (line: string) => {
      const reading = parseLine(line);
      if (reading) readings.push(reading);
    };
    const onClose = () => {
      rl.off('error', onError);
      resolve(readings);
    };
    const onError = (err: Error) => {
      rl.off('close', onClose);
      rl.close();
      input.destroy();
      reject(err);
    };

    rl.on('line', onLine);
    rl.once('close', onClose);
    rl.once('error', onError);
  });
}

export function summarise(readings: KilnReading[], bisqueCelsius = 900): FiringSummary {
  let peak = -Infinity;
  let above = 0;
  const middle = readings.filter((r) => r.zone === 'middle');
  for (let i = 0; i < middle.length; i++) {
    peak = Math.max(peak, middle[i].celsius);
    if (i > 0 && middle[i].celsius >= bisqueCelsius) {
      above += (middle[i].at.getTime() - middle[i - 1].at.getTime()) / 60_000;
    }
  }
  const reached = CONES.filter(([, temp]) => peak >= temp).at(-1);
  return {
    readings: readings.length,
    peakCelsius: Number.isFinite(peak) ? peak : 0,
    minutesAboveBisque: Math.round(above),
    coneReached: reached ? reached[0] : null,
  };
}

export async function summariseFiring(file: string): Promise<FiringSummary> {
  return summarise(await readFiringLog(file));
}
