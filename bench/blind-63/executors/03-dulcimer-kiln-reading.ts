// expect: no-multiple-settle
// In the kiln callback the error branch rejects but falls through to resolve(parseReading(raw)), settling twice.
import { EventEmitter } from 'node:events';

export interface KilnReading {
  kilnId: string;
  moisturePct: number;
  tempC: number;
  takenAt: Date;
}

type KilnCallback = (err: Error | null, raw?: string) => void;

declare const kilnBus: {
  query(kilnId: string, register: 'MC' | 'TEMP' | 'ALL', cb: KilnCallback): void;
};

declare const workshopLog: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

const DRY_ENOUGH_PCT = 7.5;

function parseReading(kilnId: string, raw: string | undefined): KilnReading {
  const fields = new Map<string, string>();
  for (const part of (raw ?? '').split(';')) {
    const [k, v] = part.split('=');
    if (k && v) fields.set(k.trim(), v.trim());
  }
  const moisture = Number(fields.get('mc'));
  const temp = Number(fields.get('t'));
  if (Number.isNaN(moisture) || Number.isNaN(temp)) {
    throw new Error(`kiln ${kilnId} returned unparsable frame: ${raw}`);
  }
  return { kilnId, moisturePct: moisture, tempC: temp, takenAt: new Date() };
}

function readKiln(kilnId: string): Promise<KilnReading> {
  return new Promise<KilnReading>((resolve, reject) => {
    kilnBus.query(kilnId, 'ALL', (err, raw) => {
      if (err) {
        workshopLog.warn('kiln query failed', { kilnId, message: err.message });
        reject(err);
      }
      try {
        resolve(parseReading(kilnId, raw));
      } catch (parseErr) {
        reject(parseErr);
      }
    });
  });
}

export class TonewoodDryingMonitor extends EventEmitter {
  private readonly history = new Map<string, KilnReading[]>();

  constructor(private readonly kilnIds: string[]) {
    super();
  }

  async sample(): Promise<KilnReading[]> {
    const readings: KilnReading[] = [];
    for (const id of this.kilnIds) {
      const reading = await readKiln(id);
      const list = this.history.get(id) ?? [];
      list.push(reading);
      this.history.set(id, list.slice(-48));
      readings.push(reading);
      if (reading.moisturePct <= DRY_ENOUGH_PCT) {
        this.emit('ready', id, reading);
      }
    }
    return readings;
  }

  trend(kilnId: string): number | undefined {
    const list = this.history.get(kilnId);
    if (!list || list.length < 2) return undefined;
    const first = list[0];
    const last = list[list.length - 1];
    const hours = (last.takenAt.getTime() - first.takenAt.getTime()) / 3_600_000;
    return hours > 0 ? (last.moisturePct - first.moisturePct) / hours : undefined;
  }
}
