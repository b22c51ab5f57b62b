// expect: no-floating-promises
// The readline 'line' listener is async; EventEmitter ignores the returned promise, so a failed store.append or pager call rejects with no handler.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { EventEmitter } from 'node:events';

export interface KilnReading {
  kilnId: string;
  celsius: number;
  setpoint: number;
  takenAt: Date;
}

export interface ReadingStore {
  append(reading: KilnReading): Promise<void>;
}

export interface Pager {
  page(team: string, message: string): Promise<void>;
}

const OVERSHOOT_LIMIT = 25;
const ANNEALER_MAX = 560;

function parseLine(line: string): KilnReading | null {
  // Controller firmware emits: <kilnId>,<celsius>,<setpoint>,<epochMillis>
  const parts = line.trim().split(',');
  if (parts.length !== 4) return null;
  const [kilnId, c, s, t] = parts;
  const celsius = Number(c);
  const setpoint = Number(s);
  const epoch = Number(t);
  if (!kilnId || Number.isNaN(celsius) || Number.isNaN(setpoint) || Number.isNaN(epoch)) {
    return null;
  }
  return { kilnId, celsius, setpoint, takenAt: new Date(epoch) };
}

export class KilnMonitor extends EventEmitter {
  private lastAlert = new Map<string, number>();
  private malformed = 0;

  constructor(
    private readonly store: ReadingStore,
    private readonly pager: Pager,
    private readonly alertCooldownMs = 10 * 60_000,
  ) {
    super();
  }

  attach(serial: Readable): void {
    const rl = createInterface({ input: serial, crlfDelay: Infinity });

    rl.on('line', async (line) => {
      const reading = parseLine(line);
      if (!reading) {
        this.malformed++;
        return;
      }

      await this.store.append(reading);
      this.emit('reading', reading);

      if (this.isRunaway(reading)) {
        await this.raise(reading);
      }
    });

    rl.on('close', () => {
      this.emit('disconnected', { malformed: this.malformed });
    });
  }

  private isRunaway(r: KilnReading): boolean {
    const isAnnealer = r.kilnId.startsWith('ann-');
    if (isAnnealer && r.celsius > ANNEALER_MAX) return true;
    return r.celsius - r.setpoint > OVERSHOOT_LIMIT;
  }

  private async raise(r: KilnReading): Promise<void> {
    const now = Date.now();
    const previous = this.lastAlert.get(r.kilnId) ?? 0;
    if (now - previous < this.alertCooldownMs) return;

    this.lastAlert.set(r.kilnId, now);
    const over = Math.round(r.celsius - r.setpoint);
    await this.pager.page('hot-shop', `Kiln ${r.kilnId} at ${r.celsius}°C (${over}° over setpoint) as of ${r.takenAt.toISOString()}`);
  }
}
