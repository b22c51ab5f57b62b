// expect: no-promise-as-value
// rindMoisture holds the un-awaited promise from probe.measure, so JSON.stringify writes it as {} and every ledger line loses the moisture reading the affineur relies on.
import { appendFile } from 'node:fs/promises';

export interface Wheel {
  id: string;
  make: string;
  batch: string;
  madeOn: string;
}

export interface RindProbe {
  measure(wheelId: string): Promise<number>;
}

export interface Scale {
  weigh(wheelId: string): Promise<number>;
}

const DAY_MS = 86_400_000;

export class AgingLedger {
  private written = 0;

  constructor(
    private readonly path: string,
    private readonly scale: Scale,
    private readonly probe: RindProbe,
  ) {}

  async record(wheel: Wheel, turnedBy: string): Promise<void> {
    const weightKg = await this.scale.weigh(wheel.id);
    const entry = {
      wheelId: wheel.id,
      make: wheel.make,
      batch: wheel.batch,
      ageDays: Math.floor((Date.now() - Date.parse(wheel.madeOn)) / DAY_MS),
      weightKg: Math.round(weightKg * 100) / 100,
      rindMoisture: this.probe.measure(wheel.id),
      turnedBy,
      at: new Date().toISOString(),
    };
    await appendFile(this.path, JSON.stringify(entry) + '\n', 'utf8');
    this.written += 1;
  }

  async recordShelf(wheels: readonly Wheel[], turnedBy: string): Promise<number> {
    const before = this.written;
    for (const wheel of wheels) {
      await this.record(wheel, turnedBy);
    }
    return this.written - before;
  }

  get entriesWritten(): number {
    return this.written;
  }
}

export function ledgerPath(cave: string, year: number): string {
  const safe = cave.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `/var/lib/affinage/${safe}-${year}.ndjson`;
}
