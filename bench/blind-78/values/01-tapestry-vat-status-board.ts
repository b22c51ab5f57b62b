// expect: no-promise-as-value
// renderVatLine interpolates this.liquorTemp(vat) (an async method) straight into the template, so the board shows "[object Promise]°C" instead of the temperature.
export interface DyeVat {
  id: string;
  dyestuff: 'madder' | 'weld' | 'woad' | 'cochineal' | 'indigo';
  mordant: 'alum' | 'iron' | 'none';
  skeinsIn: number;
  loadedAt: Date;
  targetMinutes: number;
}

interface PlcReading {
  vatId: string;
  tempC: number;
  ph: number;
  readAt: number;
}

declare const plc: { read(vatId: string): Promise<PlcReading> };
declare const display: { write(lines: string[]): Promise<void> };

const STALE_MS = 60_000;

export class VatStatusBoard {
  private readonly cache = new Map<string, PlcReading>();

  constructor(private readonly vats: DyeVat[]) {}

  async liquorTemp(vat: DyeVat): Promise<number> {
    const cached = this.cache.get(vat.id);
    if (cached && Date.now() - cached.readAt < STALE_MS) return cached.tempC;
    const reading = await plc.read(vat.id);
    this.cache.set(vat.id, reading);
    return reading.tempC;
  }

  private progress(vat: DyeVat, now: Date): string {
    const elapsed = (now.getTime() - vat.loadedAt.getTime()) / 60_000;
    const pct = Math.min(100, Math.round((elapsed / vat.targetMinutes) * 100));
    const filled = Math.round(pct / 10);
    return `[${'#'.repeat(filled)}${'.'.repeat(10 - filled)}] ${pct}%`;
  }

  private warning(vat: DyeVat, now: Date): string {
    // Iron "saddens" colours quickly: over-long immersion turns madder reds brown.
    if (vat.mordant === 'iron' && now.getTime() - vat.loadedAt.getTime() > vat.targetMinutes * 60_000) {
      return ' !! lift skeins, iron mordant over time';
    }
    if (vat.dyestuff === 'indigo' && vat.skeinsIn > 12) {
      return ' !! vat overloaded, indigo will exhaust unevenly';
    }
    return '';
  }

  renderVatLine(vat: DyeVat, now: Date): string {
    const name = `${vat.id.padEnd(6)} ${vat.dyestuff.padEnd(10)} ${vat.mordant.padEnd(5)}`;
    return `${name} ${this.liquorTemp(vat)}°C ${this.progress(vat, now)}${this.warning(vat, now)}`;
  }

  async refresh(now = new Date()): Promise<string[]> {
    const active = this.vats.filter((v) => v.skeinsIn > 0);
    const lines = [`Dye house, ${now.toLocaleTimeString('en-GB')}`, ...active.map((v) => this.renderVatLine(v, now))];
    await display.write(lines);
    return lines;
  }

  async hottest(): Promise<{ vatId: string; tempC: number } | null> {
    let best: { vatId: string; tempC: number } | null = null;
    for (const vat of this.vats) {
      const tempC = await this.liquorTemp(vat);
      if (!best || tempC > best.tempC) best = { vatId: vat.id, tempC };
    }
    return best;
  }
}
