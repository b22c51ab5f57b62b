// expect: none
// 'line' fires many times, but the executor settles through a single guarded finish() that detaches every listener; 'close' and input 'error' cover the failure paths.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface PlateResonance {
  plate: 'top' | 'back';
  mode: 2 | 5;
  hz: number;
  q: number;
}

declare const tapTone: {
  /** Streams analyzer output, one measurement per line, e.g. "MODE5 top 348.2Hz Q=41" */
  open(instrumentId: string): Readable;
};

const MEASUREMENT = /^MODE(\d)\s+(top|back)\s+([\d.]+)Hz\s+Q=([\d.]+)$/;

function parseMeasurement(line: string): PlateResonance | null {
  const match = MEASUREMENT.exec(line.trim());
  if (!match) return null;
  const mode = Number(match[1]);
  if (mode !== 2 && mode !== 5) return null;
  return {
    mode,
    plate: match[2] as PlateResonance['plate'],
    hz: Number(match[3]),
    q: Number(match[4]),
  };
}

export function waitForMode(
  instrumentId: string,
  plate: PlateResonance['plate'],
  mode: PlateResonance['mode'],
): Promise<PlateResonance> {
  return new Promise<PlateResonance>((resolve, reject) => {
    const input = tapTone.open(instrumentId);
    const rl = createInterface({ input, crlfDelay: Infinity });
    let settled = false;

    const finish = (outcome: { value: PlateResonance } | { error: Error }) => {
      if (settled) return;
      settled = true;
      rl.off('line', onLine);
      rl.off('close', onClose);
      input.off('error', onError);
      rl.close();
      input.destroy();
      if ('value' in outcome) resolve(outcome.value);
      else reject(outcome.error);
    };

    const onLine = (line: string) => {
      const reading = parseMeasurement(line);
      if (reading && reading.plate === plate && reading.mode === mode) {
        finish({ value: reading });
      }
    };
    const onClose = () => {
      finish({ error: new Error(`analyzer for ${instrumentId} closed before mode ${mode} on ${plate}`) });
    };
    const onError = (err: Error) => finish({ error: err });

    rl.on('line', onLine);
    rl.on('close', onClose);
    input.on('error', onError);
  });
}

export interface GraduationAdvice {
  plate: PlateResonance['plate'];
  targetHz: number;
  measuredHz: number;
  action: 'thin-centre' | 'thin-edges' | 'leave';
}

export async function adviseGraduation(
  instrumentId: string,
  plate: PlateResonance['plate'],
  targets: { mode2: number; mode5: number },
): Promise<GraduationAdvice[]> {
  const mode5 = await waitForMode(instrumentId, plate, 5);
  const mode2 = await waitForMode(instrumentId, plate, 2);
  const advice: GraduationAdvice[] = [];

  for (const [reading, targetHz] of [
    [mode5, targets.mode5],
    [mode2, targets.mode2],
  ] as const) {
    const delta = reading.hz - targetHz;
    advice.push({
      plate,
      targetHz,
      measuredHz: reading.hz,
      action: Math.abs(delta) < 3 ? 'leave' : reading.mode === 5 ? 'thin-edges' : 'thin-centre',
    });
  }
  return advice;
}
