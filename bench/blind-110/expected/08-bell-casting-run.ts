// expect: none
// Both preparation steps are called inside Promise.all and the pour is handed to the crane lock as an arrow that calls this.pour(), so every async function actually runs with the right this.
export interface FurnaceControl {
  preheatLadle(targetC: number): Promise<number>;
  tapToLadle(kg: number): Promise<void>;
}

export interface MouldPit {
  dryMould(bellId: string, hours: number): Promise<{ moisturePct: number }>;
  ventGases(bellId: string): Promise<void>;
}

export interface CraneLock {
  runExclusive<T>(task: () => Promise<T>): Promise<T>;
}

export interface CastingOrder {
  bellId: string;
  weightKg: number;
  note: string;
}

export interface CastingRecord {
  bellId: string;
  metalKg: number;
  ladleC: number;
  mouldMoisturePct: number;
  pouredAt: Date;
}

const RUNNER_AND_RISER_FACTOR = 1.18;

export class CastingRun {
  constructor(
    private readonly furnace: FurnaceControl,
    private readonly pit: MouldPit,
    private readonly crane: CraneLock,
  ) {}

  async cast(order: CastingOrder): Promise<CastingRecord> {
    const [ladleC, mould] = await Promise.all([this.furnace.preheatLadle(900), this.pit.dryMould(order.bellId, 48)]);
    if (mould.moisturePct > 1.5) {
      throw new Error(`mould for ${order.bellId} (${order.note}) still at ${mould.moisturePct}% moisture`);
    }
    const metalKg = Math.ceil(order.weightKg * RUNNER_AND_RISER_FACTOR);
    await this.crane.runExclusive(() => this.pour(order.bellId, metalKg));
    return { bellId: order.bellId, metalKg, ladleC, mouldMoisturePct: mould.moisturePct, pouredAt: new Date() };
  }

  private async pour(bellId: string, metalKg: number): Promise<void> {
    await this.furnace.tapToLadle(metalKg);
    await this.pit.ventGases(bellId);
  }

  async castPeal(orders: CastingOrder[]): Promise<CastingRecord[]> {
    const records: CastingRecord[] = [];
    // Heaviest (tenor) first while the furnace is hottest.
    for (const order of [...orders].sort((a, b) => b.weightKg - a.weightKg)) {
      records.push(await this.cast(order));
    }
    return records;
  }
}
