// expect: none
// The tube-stock promise is deliberately shared (single-flight cache) so concurrent jobs reuse one load; a rejected load is evicted so the next call starts fresh.
export interface TubeStock {
  diameterMm: number;
  lengthCm: number;
  gas: 'neon' | 'argon';
  coating: string | null;
}

export interface BendJob {
  signId: string;
  letters: string;
  diameterMm: number;
  colour: string;
}

declare const stockroom: {
  listTubes(): Promise<TubeStock[]>;
  reserve(diameterMm: number, lengthCm: number): Promise<string>;
};

declare const benchQueue: {
  enqueue(signId: string, tubeLot: string, bends: number): Promise<void>;
};

const CM_PER_LETTER = 38;
const STOCK_TTL_MS = 5 * 60_000;

const COLOUR_TO_FILL: Record<string, { gas: 'neon' | 'argon'; coating: string | null }> = {
  red: { gas: 'neon', coating: null },
  orange: { gas: 'neon', coating: 'clear' },
  blue: { gas: 'argon', coating: null },
  white: { gas: 'argon', coating: 'phosphor-white' },
  green: { gas: 'argon', coating: 'phosphor-green' },
};

export class BenderPlanner {
  private stock: Promise<TubeStock[]> | null = null;
  private stockLoadedAt = 0;

  private tubeStock(): Promise<TubeStock[]> {
    if (this.stock && Date.now() - this.stockLoadedAt < STOCK_TTL_MS) {
      return this.stock;
    }
    this.stockLoadedAt = Date.now();
    const load = stockroom.listTubes().catch((err: unknown) => {
      if (this.stock === load) this.stock = null;
      throw err;
    });
    this.stock = load;
    return load;
  }

  private bendsFor(letters: string): number {
    // rough rule: every glyph needs about three bends, curves in S/G/R need more
    let bends = 0;
    for (const ch of letters.toUpperCase()) {
      if (ch === ' ') continue;
      bends += 'SGRBQ'.includes(ch) ? 5 : 3;
    }
    return bends;
  }

  async plan(job: BendJob): Promise<{ lot: string; bends: number }> {
    const fill = COLOUR_TO_FILL[job.colour];
    if (!fill) throw new Error(`sign ${job.signId}: no tube fill for colour ${job.colour}`);

    const needCm = job.letters.replace(/\s+/g, '').length * CM_PER_LETTER;
    const tubes = await this.tubeStock();
    const fits = tubes.some(
      (t) => t.diameterMm === job.diameterMm && t.gas === fill.gas && t.coating === fill.coating && t.lengthCm >= needCm,
    );
    if (!fits) throw new Error(`sign ${job.signId}: no ${job.diameterMm}mm ${fill.gas} tube of ${needCm}cm`);

    const lot = await stockroom.reserve(job.diameterMm, needCm);
    const bends = this.bendsFor(job.letters);
    await benchQueue.enqueue(job.signId, lot, bends);
    return { lot, bends };
  }

  async planMany(jobs: BendJob[]): Promise<Array<{ signId: string; lot: string; bends: number }>> {
    const planned = await Promise.all(jobs.map(async (job) => ({ signId: job.signId, ...(await this.plan(job)) })));
    return planned;
  }
}
