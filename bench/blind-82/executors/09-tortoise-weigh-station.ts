// expect: no-multiple-settle
// On success the 'data' listener is never removed, so every later stable line from the continuously streaming scale calls resolve() again.
import type { Duplex } from 'node:stream';

export interface WeighIn {
  tortoiseId: string;
  grams: number;
  enclosure: string;
  at: Date;
}

declare const openScalePort: (device: string) => Promise<Duplex>;

declare const healthRecords: {
  lastWeight(tortoiseId: string): Promise<number | null>;
  saveWeighIn(entry: WeighIn): Promise<void>;
  flagForVet(tortoiseId: string, reason: string): Promise<void>;
};

const STABLE_LINE = /^ST,GS,\s*([+-]?\d+(?:\.\d+)?)\s*kg$/;
const SUDDEN_LOSS_RATIO = 0.92;

function parseStableGrams(line: string): number | null {
  const match = STABLE_LINE.exec(line.trim());
  if (!match) return null;
  const kg = Number(match[1]);
  return Number.isFinite(kg) && kg > 0 ? Math.round(kg * 1000) : null;
}

export function readStableWeight(port: Duplex, timeoutMs = 15_000): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let buffered = '';

    const timer = setTimeout(() => {
      port.off('data', onData);
      reject(new Error(`scale gave no stable reading within ${timeoutMs}ms`));
    }, timeoutMs);

    function onData(chunk: Buffer): void {
      buffered += chunk.toString('ascii');
      const lines = buffered.split('\r\n');
      buffered = lines.pop() ?? '';

      for (const line of lines) {
        const grams = parseStableGrams(line);
        if (grams === null) continue;
        clearTimeout(timer);
        resolve(grams);
        return;
      }
    }

    port.on('data', onData);
    port.once('error', (err) => {
      clearTimeout(timer);
      port.off('data', onData);
      reject(err);
    });
    port.write('SI\r\n');
  });
}

export class WeighStation {
  private port: Duplex | null = null;

  constructor(private readonly device: string, private readonly enclosure: string) {}

  private async ensurePort(): Promise<Duplex> {
    if (!this.port || this.port.destroyed) {
      this.port = await openScalePort(this.device);
    }
    return this.port;
  }

  async weigh(tortoiseId: string): Promise<WeighIn> {
    const port = await this.ensurePort();
    const grams = await readStableWeight(port);
    const previous = await healthRecords.lastWeight(tortoiseId);
    const entry: WeighIn = { tortoiseId, grams, enclosure: this.enclosure, at: new Date() };
    await healthRecords.saveWeighIn(entry);

    if (previous !== null && grams < previous * SUDDEN_LOSS_RATIO) {
      const lossPct = ((1 - grams / previous) * 100).toFixed(1);
      await healthRecords.flagForVet(tortoiseId, `weight down ${lossPct}% since last weigh-in`);
    }
    return entry;
  }

  close(): void {
    this.port?.destroy();
    this.port = null;
  }
}
