// expect: none
// The equation-of-time rows are collected in a readline 'line' callback but read only after `await once(rl, 'close')`, and minutesOn throws if load() has not completed.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface EotEntry {
  dayOfYear: number;
  minutes: number; // sundial time minus mean time
}

declare const dialRegistry: {
  longitudeOf(dialId: string): Promise<number>;
  standardMeridianOf(dialId: string): Promise<number>;
};

export class EquationOfTimeTable {
  private entries: EotEntry[] = [];
  private loaded = false;

  async load(path: string): Promise<number> {
    const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    const parsed: EotEntry[] = [];
    rl.on('line', (line) => {
      const [day, minutes] = line.split(',').map(Number);
      if (Number.isInteger(day) && Number.isFinite(minutes)) parsed.push({ dayOfYear: day, minutes });
    });
    await once(rl, 'close');

    if (parsed.length < 365) {
      throw new Error(`${path}: expected a full year of equation-of-time values, got ${parsed.length}`);
    }
    this.entries = parsed.sort((a, b) => a.dayOfYear - b.dayOfYear);
    this.loaded = true;
    return this.entries.length;
  }

  minutesOn(date: Date): number {
    if (!this.loaded) throw new Error('equation-of-time table not loaded');
    const start = Date.UTC(date.getUTCFullYear(), 0, 0);
    const day = Math.floor((date.getTime() - start) / 86_400_000);
    const entry = this.entries.find((e) => e.dayOfYear === day) ?? this.entries[this.entries.length - 1];
    return entry.minutes;
  }
}

export interface CorrectionCard {
  dialId: string;
  longitudeMinutes: number;
  rows: Array<{ month: string; addMinutes: number }>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export async function correctionCard(dialId: string, table: EquationOfTimeTable, year: number): Promise<CorrectionCard> {
  const [longitude, meridian] = await Promise.all([
    dialRegistry.longitudeOf(dialId),
    dialRegistry.standardMeridianOf(dialId),
  ]);
  // Four minutes of time per degree east or west of the time zone's meridian.
  const longitudeMinutes = Math.round((meridian - longitude) * 4 * 10) / 10;

  const rows = MONTHS.map((month, index) => {
    const eot = table.minutesOn(new Date(Date.UTC(year, index, 15)));
    return { month, addMinutes: Math.round((longitudeMinutes - eot) * 10) / 10 };
  });
  return { dialId, longitudeMinutes, rows };
}

export async function printCards(dialIds: string[], tablePath: string, year: number): Promise<CorrectionCard[]> {
  const table = new EquationOfTimeTable();
  await table.load(tablePath);
  const cards: CorrectionCard[] = [];
  for (const id of dialIds) cards.push(await correctionCard(id, table, year));
  return cards;
}
