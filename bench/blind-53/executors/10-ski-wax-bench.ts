// expect: none
// The stored waiter is taken and nulled before it is settled, its timer is cleared, and stream error/close reject it, so the many-times 'data' callback settles it only once.
import type { Duplex } from 'node:stream';

export type WaxGrade = 'cold' | 'universal' | 'warm' | 'fluoro-free-race';

const IRON_TEMP_C: Record<WaxGrade, number> = {
  cold: 150,
  universal: 130,
  warm: 115,
  'fluoro-free-race': 140,
};

interface Waiter {
  target: number;
  resolve: (tempC: number) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

declare const benchLog: {
  record(skiPair: string, grade: WaxGrade, ironTempC: number, passes: number): Promise<void>;
};

export class WaxIronController {
  private buffer = '';
  private lastTempC = 0;
  private waiter: Waiter | null = null;

  constructor(private readonly port: Duplex) {
    port.setEncoding('utf8');
    port.on('data', (chunk: string) => this.onData(chunk));
    port.on('error', (err: Error) => this.failWaiter(err));
    port.on('close', () => this.failWaiter(new Error('wax iron serial port closed')));
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline).trim();
      this.buffer = this.buffer.slice(newline + 1);
      const match = /^T=(\d+(?:\.\d+)?)$/.exec(line);
      if (!match) continue;
      this.lastTempC = Number(match[1]);
      const waiter = this.waiter;
      if (waiter && Math.abs(this.lastTempC - waiter.target) <= 2) {
        this.waiter = null;
        clearTimeout(waiter.timer);
        waiter.resolve(this.lastTempC);
      }
    }
  }

  private failWaiter(err: Error): void {
    const waiter = this.waiter;
    if (!waiter) return;
    this.waiter = null;
    clearTimeout(waiter.timer);
    waiter.reject(err);
  }

  setTarget(tempC: number, timeoutMs = 90_000): Promise<number> {
    if (this.waiter) {
      return Promise.reject(new Error('iron is already heating to another target'));
    }
    this.port.write(`SET ${tempC}\n`);
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.failWaiter(new Error(`iron stuck at ${this.lastTempC}C, wanted ${tempC}C`));
      }, timeoutMs);
      this.waiter = { target: tempC, resolve, reject, timer };
    });
  }

  off(): void {
    this.port.write('SET 0\n');
  }
}

export async function hotWaxPair(iron: WaxIronController, skiPair: string, grade: WaxGrade, snowTempC: number) {
  // in very cold snow we add an extra pass so the wax penetrates the base
  const passes = snowTempC < -12 ? 3 : 2;
  const reached = await iron.setTarget(IRON_TEMP_C[grade]);
  try {
    await benchLog.record(skiPair, grade, reached, passes);
  } finally {
    iron.off();
  }
  return { skiPair, grade, passes, ironTempC: reached };
}
