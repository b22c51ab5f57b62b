// expect: none
// handlerFor deliberately returns bound handler functions that are then called, and Promise.all receives calls, not references.

export type SteamerKind = 'felt' | 'straw' | 'wool-cloche';

export interface SteamJob {
  jobId: string;
  kind: SteamerKind;
  blockSize: number;
  hats: number;
}

export interface SteamResult {
  jobId: string;
  seconds: number;
  peakTempC: number;
  reshaped: number;
}

declare const steamers: {
  warmUp(line: string, targetC: number): Promise<number>;
  run(line: string, profile: { tempC: number; seconds: number; pulses: number }, hats: number): Promise<SteamResult>;
  descale(line: string): Promise<void>;
};

declare const blockShop: {
  reserveBlocks(size: number, count: number): Promise<string[]>;
  inspect(ids: string[]): Promise<void>;
  returnBlocks(ids: string[]): Promise<void>;
};

type Handler = (job: SteamJob) => Promise<SteamResult>;

export class SteamRoom {
  constructor(private readonly line: string) {}

  handlerFor(kind: SteamerKind): Handler {
    switch (kind) {
      case 'felt':
        return this.steamFelt;
      case 'straw':
        return this.steamStraw;
      case 'wool-cloche':
        return (job) => this.steamFelt({ ...job, hats: Math.min(job.hats, 6) });
    }
  }

  async process(job: SteamJob): Promise<SteamResult> {
    const blocks = await blockShop.reserveBlocks(job.blockSize, job.hats);
    try {
      await Promise.all([
        steamers.warmUp(this.line, job.kind === 'straw' ? 92 : 100),
        blockShop.inspect(blocks),
      ]);
      const handle = this.handlerFor(job.kind);
      return await handle(job);
    } finally {
      await blockShop.returnBlocks(blocks);
    }
  }

  async endOfShift(jobs: SteamJob[]): Promise<SteamResult[]> {
    const results: SteamResult[] = [];
    for (const job of jobs) {
      results.push(await this.process(job));
    }
    await steamers.descale(this.line);
    return results;
  }

  private steamFelt = (job: SteamJob): Promise<SteamResult> =>
    steamers.run(this.line, { tempC: 100, seconds: 45, pulses: 3 }, job.hats);

  private steamStraw = async (job: SteamJob): Promise<SteamResult> => {
    const result = await steamers.run(this.line, { tempC: 92, seconds: 20, pulses: 1 }, job.hats);
    if (result.peakTempC > 96) {
      throw new Error(`straw job ${job.jobId} overheated at ${result.peakTempC}°C`);
    }
    return result;
  };
}

export function throughputPerHour(results: SteamResult[]): number {
  const seconds = results.reduce((s, r) => s + r.seconds, 0);
  const hats = results.reduce((s, r) => s + r.reshaped, 0);
  return seconds === 0 ? 0 : Math.round((hats / seconds) * 3600);
}
