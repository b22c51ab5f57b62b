// expect: none
// Each === and !== compares an awaited alloy code or an awaited verdict, never the promise itself, so the furnace and tuning checks test real values.
export interface PartialSet {
  hum: number;
  prime: number;
  tierce: number;
  quint: number;
  nominal: number;
}

export interface FurnaceRegistry {
  currentAlloy(furnaceId: string): Promise<string>;
}

export interface StrikeAnalyser {
  analyse(bellId: string): Promise<PartialSet>;
}

export interface BellOrder {
  bellId: string;
  alloyCode: string;
  furnaceId: string;
  nominalHz: number;
}

export type TuningVerdict = 'in tune' | 'shave lip' | 'shave waist' | 'recast';

function cents(actual: number, target: number): number {
  return 1200 * Math.log2(actual / target);
}

export class TuningBench {
  constructor(private readonly furnaces: FurnaceRegistry, private readonly analyser: StrikeAnalyser) {}

  async assertAlloy(order: BellOrder): Promise<void> {
    if ((await this.furnaces.currentAlloy(order.furnaceId)) !== order.alloyCode) {
      throw new Error(`furnace ${order.furnaceId} is not charged with ${order.alloyCode} for ${order.bellId}`);
    }
  }

  async verdict(order: BellOrder): Promise<TuningVerdict> {
    const p = await this.analyser.analyse(order.bellId);
    const nominalCents = cents(p.nominal, order.nominalHz);
    // Tuning only removes metal, which lowers partials; a flat bell cannot be brought up.
    if (nominalCents < -5) return 'recast';
    if (nominalCents > 5) return 'shave lip';
    const humOctave = cents(p.nominal, p.hum * 4);
    const primeUnison = cents(p.nominal, p.prime * 2);
    if (Math.abs(humOctave) <= 8 && Math.abs(primeUnison) <= 8) return 'in tune';
    return 'shave waist';
  }

  async tuneRing(orders: BellOrder[]): Promise<Map<string, TuningVerdict>> {
    const out = new Map<string, TuningVerdict>();
    for (const order of orders) {
      await this.assertAlloy(order);
      const v = await this.verdict(order);
      if (v === 'recast') throw new Error(`${order.bellId} is flat of ${order.nominalHz}Hz and must be recast`);
      out.set(order.bellId, v);
    }
    return out;
  }
}
