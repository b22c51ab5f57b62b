// expect: no-unobserved-promise
// All borehole reads are started up front and then awaited one by one in a loop, so a later read that rejects while an earlier one is still being awaited has no handler yet.
export interface BoreholeProfile {
  borehole: string;
  depthsCm: number[];
  tempsC: number[];
  readAt: Date;
}

export interface LoggerLink {
  download(borehole: string): Promise<string>;
}

export interface ThawSummary {
  borehole: string;
  activeLayerCm: number | null;
  warmestC: number;
}

function parseProfile(borehole: string, csv: string): BoreholeProfile {
  const depthsCm: number[] = [];
  const tempsC: number[] = [];
  for (const line of csv.split('\n').slice(1)) {
    const [depth, temp] = line.split(',');
    if (!depth || !temp) continue;
    depthsCm.push(Number(depth));
    tempsC.push(Number(temp));
  }
  if (depthsCm.length === 0) throw new Error(`borehole ${borehole}: empty profile`);
  return { borehole, depthsCm, tempsC, readAt: new Date() };
}

export class PermafrostSweep {
  constructor(private readonly link: LoggerLink) {}

  private async readBorehole(borehole: string): Promise<BoreholeProfile> {
    const csv = await this.link.download(borehole);
    return parseProfile(borehole, csv);
  }

  async sweep(boreholes: readonly string[]): Promise<ThawSummary[]> {
    const pending = boreholes.map((b) => this.readBorehole(b));

    const summaries: ThawSummary[] = [];
    for (const read of pending) {
      const profile = await read;
      summaries.push(PermafrostSweep.summarise(profile));
    }
    return summaries;
  }

  static summarise(p: BoreholeProfile): ThawSummary {
    let activeLayerCm: number | null = null;
    for (let i = 0; i < p.tempsC.length; i++) {
      if ((p.tempsC[i] ?? 0) <= 0) {
        activeLayerCm = p.depthsCm[i] ?? null;
        break;
      }
    }
    return { borehole: p.borehole, activeLayerCm, warmestC: Math.max(...p.tempsC) };
  }

  static deepening(previous: readonly ThawSummary[], current: readonly ThawSummary[]): string[] {
    const before = new Map(previous.map((s) => [s.borehole, s.activeLayerCm]));
    return current
      .filter((s) => {
        const old = before.get(s.borehole);
        return old != null && s.activeLayerCm != null && s.activeLayerCm > old + 5;
      })
      .map((s) => s.borehole);
  }
}
