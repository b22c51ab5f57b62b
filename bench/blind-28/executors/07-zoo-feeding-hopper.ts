// expect: no-multiple-settle
// dispense() adds a 'line' listener per call that is only removed on timeout, so every later ACK for the same bin re-runs old listeners, deducting stock and logging feeds again.
import { EventEmitter } from 'node:events';
import { createInterface, type Interface } from 'node:readline';
import type { Duplex } from 'node:stream';

export type BinId = 'A' | 'B' | 'C' | 'D';

export interface FeedRecord {
  enclosure: string;
  bin: BinId;
  grams: number;
  at: Date;
}

const ACK_TIMEOUT_MS = 15_000;

/**
 * Drives the auger hoppers in the primate house. The controller firmware
 * answers `DISPENSE <bin> <grams>` with `ACK <bin> <grams>` once the load cell
 * confirms the weight, or `ERR <bin> <reason>` (jam, empty, lid open).
 */
export class HopperController extends EventEmitter {
  private readonly lines: Interface;
  private readonly stock = new Map<BinId, number>();
  readonly log: FeedRecord[] = [];

  constructor(
    private readonly port: Duplex,
    initialStock: Partial<Record<BinId, number>>,
  ) {
    super();
    this.lines = createInterface({ input: port, crlfDelay: Infinity });
    for (const [bin, grams] of Object.entries(initialStock)) {
      this.stock.set(bin as BinId, grams ?? 0);
    }
  }

  remaining(bin: BinId): number {
    return this.stock.get(bin) ?? 0;
  }

  dispense(enclosure: string, bin: BinId, grams: number): Promise<FeedRecord> {
    if (grams > this.remaining(bin)) {
      return Promise.reject(new Error(`bin ${bin} has only ${this.remaining(bin)}g left`));
    }

    return new Promise<FeedRecord>((resolve, reject) => {
      const onLine = (line: string): void => {
        const [kind, lineBin, ...rest] = line.trim().split(' ');
        if (lineBin !== bin) return;

        if (kind === 'ACK') {
          clearTimeout(timer);
          const delivered = Number(rest[0]);
          this.stock.set(bin, this.remaining(bin) - delivered);
          const record: FeedRecord = { enclosure, bin, grams: delivered, at: new Date() };
          this.log.push(record);
          this.emit('fed', record);
          resolve(record);
        } else if (kind === 'ERR') {
          clearTimeout(timer);
          reject(new Error(`hopper ${bin}: ${rest.join(' ')}`));
        }
      };

      const timer = setTimeout(() => {
        this.lines.off('line', onLine);
        reject(new Error(`hopper ${bin} did not confirm ${grams}g within ${ACK_TIMEOUT_MS / 1000}s`));
      }, ACK_TIMEOUT_MS);

      this.lines.on('line', onLine);
      this.port.write(`DISPENSE ${bin} ${grams}\n`);
    });
  }

  async runSchedule(slots: Array<{ enclosure: string; bin: BinId; grams: number }>): Promise<FeedRecord[]> {
    const done: FeedRecord[] = [];
    for (const slot of slots) {
      done.push(await this.dispense(slot.enclosure, slot.bin, slot.grams));
    }
    return done;
  }
}
