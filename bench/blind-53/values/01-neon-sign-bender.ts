// expect: no-promise-as-value
// The work ticket interpolates this.transformerFor(job), an async method, so the printed ticket says "[object Promise]" instead of the transformer model.
export interface SignJob {
  signId: string;
  customer: string;
  tubeMetres: number;
  diameterMm: 10 | 12 | 15;
  gas: 'neon' | 'argon';
  outdoor: boolean;
}

interface Transformer {
  model: string;
  maxMetres: number;
  kv: number;
  outdoorRated: boolean;
}

declare const partsCatalog: {
  transformers(): Promise<Transformer[]>;
};

declare const ticketPrinter: {
  print(station: string, text: string): Promise<void>;
};

declare const jobBoard: {
  claim(signId: string, bender: string): Promise<{ station: string }>;
};

// neon needs a higher striking voltage per metre than argon/mercury tubes; thinner tube needs more
const KV_PER_METRE: Record<SignJob['gas'], Record<SignJob['diameterMm'], number>> = {
  neon: { 10: 1.3, 12: 1.1, 15: 0.9 },
  argon: { 10: 1.0, 12: 0.85, 15: 0.7 },
};

export class TicketDesk {
  constructor(private readonly benderName: string) {}

  requiredKv(job: SignJob): number {
    return Math.ceil(job.tubeMetres * KV_PER_METRE[job.gas][job.diameterMm]);
  }

  async transformerFor(job: SignJob): Promise<string> {
    const kv = this.requiredKv(job);
    const options = (await partsCatalog.transformers())
      .filter((t) => t.kv >= kv && t.maxMetres >= job.tubeMetres && (!job.outdoor || t.outdoorRated))
      .sort((a, b) => a.kv - b.kv);
    return options[0]?.model ?? 'NONE - split into two circuits';
  }

  electrodeCount(job: SignJob): number {
    // one pair per tube section; sections longer than 2.4m are hard to bend by hand
    return Math.ceil(job.tubeMetres / 2.4) * 2;
  }

  async issue(job: SignJob): Promise<string> {
    const { station } = await jobBoard.claim(job.signId, this.benderName);
    const lines = [
      `SIGN ${job.signId} for ${job.customer}`,
      `tube: ${job.tubeMetres.toFixed(1)}m of ${job.diameterMm}mm, ${job.gas}`,
      `electrodes: ${this.electrodeCount(job)}`,
      `transformer: ${this.transformerFor(job)} (${this.requiredKv(job)}kV min)`,
      job.outdoor ? 'OUTDOOR: use UV-stable housing and GFCI' : 'indoor install',
      `bender: ${this.benderName}`,
    ];
    const text = lines.join('\n');
    await ticketPrinter.print(station, text);
    return text;
  }
}
