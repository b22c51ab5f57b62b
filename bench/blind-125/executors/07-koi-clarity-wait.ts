// expect: no-multiple-settle
// When the poll budget runs out the interval rejects but is never cleared, so every later tick rejects the same promise again.
export interface TurbiditySensor {
  /** Latest cached reading in NTU, refreshed by the sensor firmware. */
  readonly ntu: number;
  readonly online: boolean;
}

export interface FilterBank {
  backwash(): Promise<void>;
  setUvClarifier(on: boolean): Promise<void>;
}

export interface ClarityOptions {
  targetNtu: number;
  pollMs: number;
  maxPolls: number;
}

const DEFAULTS: ClarityOptions = { targetNtu: 4, pollMs: 30_000, maxPolls: 120 };

export function waitForClarity(sensor: TurbiditySensor, options: Partial<ClarityOptions> = {}): Promise<number> {
  const { targetNtu, pollMs, maxPolls } = { ...DEFAULTS, ...options };
  return new Promise<number>((resolve, reject) => {
    let polls = 0;
    const interval = setInterval(() => {
      polls++;
      if (!sensor.online) {
        clearInterval(interval);
        reject(new Error('turbidity sensor went offline'));
        return;
      }
      const reading = sensor.ntu;
      if (reading <= targetNtu) {
        clearInterval(interval);
        resolve(reading);
        return;
      }
      if (polls >= maxPolls) {
        reject(new Error(`pond still at ${reading} NTU after ${polls} polls (target ${targetNtu})`));
      }
    }, pollMs);
  });
}

export interface ClarityReport {
  startNtu: number;
  endNtu: number;
  backwashed: boolean;
}

export async function restoreClarity(sensor: TurbiditySensor, filters: FilterBank): Promise<ClarityReport> {
  const startNtu = sensor.ntu;
  let backwashed = false;
  if (startNtu > 25) {
    await filters.backwash();
    backwashed = true;
  }
  await filters.setUvClarifier(true);
  try {
    const endNtu = await waitForClarity(sensor, { targetNtu: 4 });
    return { startNtu, endNtu, backwashed };
  } finally {
    await filters.setUvClarifier(false);
  }
}

export function describeClarity(ntu: number): string {
  if (ntu <= 2) return 'gin clear';
  if (ntu <= 5) return 'clear';
  if (ntu <= 15) return 'hazy';
  return 'green water';
}
