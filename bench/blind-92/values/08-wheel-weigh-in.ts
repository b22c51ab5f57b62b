// expect: no-read-before-settle
// weighIn sets this.lastWeightKg inside the scale's .then callback and then reads it on the very next line, so the eligibility check always sees the previous wheel's weight.
export interface WheelEntry {
  wheelId: string;
  dairy: string;
  declaredKg: number;
}

export interface WeighInResult {
  wheelId: string;
  measuredKg: number;
  eligible: boolean;
  note?: string;
}

interface Scale {
  read(): Promise<{ grams: number; stable: boolean }>;
  tare(): Promise<void>;
}

const MIN_KG = 3.2;
const MAX_KG = 4.1;
const TOLERANCE_KG = 0.15;

/**
 * Weigh-in table at the top of the hill. Each Double Gloucester wheel must be
 * within the competition weight band and close to the dairy's declared weight.
 */
export class WeighStation {
  private lastWeightKg = 0;
  private readonly results: WeighInResult[] = [];

  constructor(private readonly scale: Scale) {}

  async prepare(): Promise<void> {
    await this.scale.tare();
    this.lastWeightKg = 0;
  }

  weighIn(entry: WheelEntry): WeighInResult {
    this.scale
      .read()
      .then(({ grams, stable }) => {
        if (stable) this.lastWeightKg = grams / 1000;
      })
      .catch((err) => console.warn('scale read failed', err));

    const kg = this.lastWeightKg;
    let eligible = kg >= MIN_KG && kg <= MAX_KG;
    let note: string | undefined;
    if (!eligible) {
      note = `outside ${MIN_KG}–${MAX_KG} kg band`;
    } else if (Math.abs(kg - entry.declaredKg) > TOLERANCE_KG) {
      eligible = false;
      note = `declared ${entry.declaredKg} kg, measured ${kg.toFixed(2)} kg`;
    }

    const result: WeighInResult = { wheelId: entry.wheelId, measuredKg: kg, eligible, note };
    this.results.push(result);
    return result;
  }

  board(): string {
    return this.results
      .map((r) => `${r.wheelId.padEnd(8)} ${r.measuredKg.toFixed(2)} kg  ${r.eligible ? 'OK' : `NO (${r.note})`}`)
      .join('\n');
  }
}

export async function weighAll(station: WeighStation, entries: WheelEntry[]): Promise<WeighInResult[]> {
  await station.prepare();
  return entries.map((e) => station.weighIn(e));
}
