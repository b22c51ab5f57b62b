// expect: no-uncalled-async-function
// Promise.all receives this.loadMechanismHistory uncalled, so `history` is the method itself and the service history is never fetched
export interface JukeboxUnit {
  serial: string;
  maker: "Wurlitzer" | "Seeburg" | "Rock-Ola" | "AMI";
  model: string;
  year: number;
}

export interface PartsQuote {
  partNo: string;
  description: string;
  priceCents: number;
  inStock: boolean;
}

export interface ServiceEntry {
  date: string;
  work: string;
  technician: string;
}

export interface IntakeSheet {
  unit: JukeboxUnit;
  quotes: PartsQuote[];
  history: unknown;
  estimateCents: number;
}

declare const registry: {
  lookup(serial: string): Promise<JukeboxUnit>;
};
declare const partsSupplier: {
  quote(maker: string, model: string, parts: string[]): Promise<PartsQuote[]>;
};
declare const serviceArchive: {
  entriesFor(serial: string): Promise<ServiceEntry[]>;
};

const STANDARD_OVERHAUL: Record<JukeboxUnit["maker"], string[]> = {
  Wurlitzer: ["bubble-tube-set", "selector-motor-brushes", "tone-arm-cartridge"],
  Seeburg: ["tormat-memory-ring", "amp-capacitor-kit", "mech-gear-set"],
  "Rock-Ola": ["magazine-bearing", "cam-switch", "stylus"],
  AMI: ["carriage-belt", "title-strip-lamps", "stylus"],
};

const LABOR_CENTS_PER_HOUR = 9500;

export class IntakeDesk {
  private currentSerial = "";

  private async loadMechanismHistory(): Promise<ServiceEntry[]> {
    const entries = await serviceArchive.entriesFor(this.currentSerial);
    return entries.sort((a, b) => b.date.localeCompare(a.date));
  }

  private laborHours(unit: JukeboxUnit): number {
    const age = new Date().getFullYear() - unit.year;
    return 6 + Math.min(10, Math.floor(age / 10));
  }

  async openSheet(serial: string): Promise<IntakeSheet> {
    this.currentSerial = serial;
    const unit = await registry.lookup(serial);
    const parts = STANDARD_OVERHAUL[unit.maker];

    const [quotes, history] = await Promise.all([
      partsSupplier.quote(unit.maker, unit.model, parts),
      this.loadMechanismHistory,
    ]);

    const partsCents = quotes.reduce((sum, q) => sum + q.priceCents, 0);
    const backorderPenalty = quotes.some((q) => !q.inStock) ? 2500 : 0;
    return {
      unit,
      quotes,
      history,
      estimateCents: partsCents + backorderPenalty + this.laborHours(unit) * LABOR_CENTS_PER_HOUR,
    };
  }

  summarize(sheet: IntakeSheet): string {
    const dollars = (sheet.estimateCents / 100).toFixed(2);
    const missing = sheet.quotes.filter((q) => !q.inStock).map((q) => q.partNo);
    const lines = [
      `${sheet.unit.maker} ${sheet.unit.model} (${sheet.unit.year}) #${sheet.unit.serial}`,
      `Estimate: $${dollars}`,
    ];
    if (missing.length) lines.push(`Backordered: ${missing.join(", ")}`);
    return lines.join("\n");
  }
}
