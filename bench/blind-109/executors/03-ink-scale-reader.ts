// expect: none
// The stored deferred is taken out of `pending` before it is settled, and line, error and close all go through that one hand-off, so each weighing request settles exactly once and none is left hanging when the port closes.
import { createInterface, type Interface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface InkWeight {
  sku: string;
  grams: number;
  stable: boolean;
}

interface Pending {
  sku: string;
  resolve: (weight: InkWeight) => void;
  reject: (err: Error) => void;
}

const READING = /^(ST|US),\s*([+-]?\d+(?:\.\d+)?)\s*g$/;

export class InkScale {
  private readonly lines: Interface;
  private pending: Pending | undefined;
  private closed = false;

  constructor(port: Readable) {
    this.lines = createInterface({ input: port, crlfDelay: Infinity });
    this.lines.on('line', (line) => this.onLine(line));
    port.on('error', (err) => this.fail(err));
    this.lines.on('close', () => {
      this.closed = true;
      this.fail(new Error('scale port closed'));
    });
  }

  weigh(sku: string): Promise<InkWeight> {
    if (this.closed) {
      return Promise.reject(new Error('scale port closed'));
    }
    if (this.pending) {
      return Promise.reject(new Error(`scale busy weighing ${this.pending.sku}`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<InkWeight>();
    this.pending = { sku, resolve, reject };
    return promise;
  }

  private take(): Pending | undefined {
    const current = this.pending;
    this.pending = undefined;
    return current;
  }

  private onLine(line: string): void {
    const match = READING.exec(line.trim());
    if (!match || !this.pending) return;
    const current = this.take();
    if (!current) return;
    current.resolve({ sku: current.sku, grams: Number(match[2]), stable: match[1] === 'ST' });
  }

  private fail(err: Error): void {
    const current = this.take();
    current?.reject(err);
  }
}

export interface InkStock {
  tareGrams(sku: string): number;
  setRemaining(sku: string, grams: number): void;
}

export async function restockCount(scale: InkScale, stock: InkStock, skus: string[]): Promise<string[]> {
  const unstable: string[] = [];
  for (const sku of skus) {
    const weight = await scale.weigh(sku);
    if (!weight.stable) unstable.push(sku);
    stock.setRemaining(sku, Math.max(0, weight.grams - stock.tareGrams(sku)));
  }
  return unstable;
}
