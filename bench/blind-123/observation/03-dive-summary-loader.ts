// expect: no-unobserved-promise
// The gas-mix query is started before the dive-log query is awaited, so if it rejects while the first await is still pending nothing is handling it yet.
export interface DiveLogRow {
  diveId: string;
  depthM: number;
  elapsedS: number;
  ppo2: number;
}

export interface GasMixRow {
  diveId: string;
  cylinder: string;
  o2Pct: number;
  hePct: number;
  startBar: number;
  endBar: number;
}

export interface DiveDb {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
}

export interface DiveSummary {
  diveId: string;
  maxDepthM: number;
  runtimeMin: number;
  maxPpo2: number;
  gasUsedBarL: Record<string, number>;
}

const CYLINDER_LITRES: Record<string, number> = {
  AL80: 11.1,
  D12: 24,
  AL40: 5.7,
};

export class DiveSummaryLoader {
  constructor(private readonly db: DiveDb) {}

  async load(diveId: string): Promise<DiveSummary> {
    const samplesQuery = this.db.query<DiveLogRow>(
      'SELECT dive_id AS "diveId", depth_m AS "depthM", elapsed_s AS "elapsedS", ppo2 FROM dive_samples WHERE dive_id = $1 ORDER BY elapsed_s',
      [diveId],
    );
    const gasQuery = this.db.query<GasMixRow>(
      'SELECT dive_id AS "diveId", cylinder, o2_pct AS "o2Pct", he_pct AS "hePct", start_bar AS "startBar", end_bar AS "endBar" FROM dive_gases WHERE dive_id = $1',
      [diveId],
    );

    const samples = await samplesQuery;
    if (samples.length === 0) {
      throw new Error(`dive ${diveId} has no logged samples`);
    }
    const gases = await gasQuery;

    const gasUsedBarL: Record<string, number> = {};
    for (const gas of gases) {
      const litres = CYLINDER_LITRES[gas.cylinder.split('-')[0]] ?? 11.1;
      const label = `${gas.cylinder} (${gas.o2Pct}/${gas.hePct})`;
      gasUsedBarL[label] = Math.round((gas.startBar - gas.endBar) * litres);
    }

    return {
      diveId,
      maxDepthM: Math.max(...samples.map((s) => s.depthM)),
      runtimeMin: Math.round(samples[samples.length - 1].elapsedS / 60),
      maxPpo2: Math.max(...samples.map((s) => s.ppo2)),
      gasUsedBarL,
    };
  }
}
