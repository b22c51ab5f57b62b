// expect: no-read-before-settle
// loadChart() returns `loaded`, which is only incremented in readline 'line' callbacks that cannot have run yet, so it always returns 0.
import { EventEmitter } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface SizeRow {
  size: 'S' | 'M' | 'L' | 'XL';
  minKg: number;
  maxKg: number;
  deckCm: number;
}

export interface Fitting {
  customer: string;
  weightKg: number;
  packKg: number;
  row: SizeRow;
}

const SIZES = new Set(['S', 'M', 'L', 'XL']);

function parseRow(line: string): SizeRow | null {
  const [size, minKg, maxKg, deckCm] = line.split(',').map((c) => c.trim());
  if (!SIZES.has(size)) return null;
  const row = { size: size as SizeRow['size'], minKg: Number(minKg), maxKg: Number(maxKg), deckCm: Number(deckCm) };
  return [row.minKg, row.maxKg, row.deckCm].some(Number.isNaN) ? null : row;
}

export class RentalDesk extends EventEmitter {
  private chart: SizeRow[] = [];

  constructor(readonly deskName: string) {
    super();
  }

  loadChart(file: string): number {
    const input = createReadStream(file, 'utf8');
    input.on('error', (err) => this.emit('chart-error', err));
    const rl = createInterface({ input, crlfDelay: Infinity });

    const rows: SizeRow[] = [];
    let loaded = 0;
    rl.on('line', (line) => {
      const row = parseRow(line);
      if (!row) return;
      rows.push(row);
      loaded += 1;
    });
    rl.once('close', () => {
      this.chart = rows.sort((a, b) => a.minKg - b.minKg);
      this.emit('chart-loaded', this.chart.length);
    });

    return loaded;
  }

  fit(customer: string, weightKg: number, packKg = 0): Fitting {
    // deep powder needs flotation for the total load, not body weight alone
    const load = weightKg + packKg;
    const row = this.chart.find((r) => load >= r.minKg && load <= r.maxKg);
    if (!row) {
      throw new Error(`${this.deskName}: no snowshoe size for a ${load}kg load`);
    }
    return { customer, weightKg, packKg, row };
  }
}

export function openDesk(deskName: string, chartFile: string): RentalDesk {
  const desk = new RentalDesk(deskName);
  const rows = desk.loadChart(chartFile);
  desk.emit('opened', { deskName, chartRows: rows, openedAt: new Date() });
  return desk;
}
