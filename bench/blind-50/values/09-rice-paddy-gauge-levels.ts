// expect: none
// gateCount is set in a .then callback but read only after Promise.all over that promise resolves; the ?? fallbacks apply to awaited values.

export interface Gate {
  gateId: string;
  paddyId: string;
  widthCm: number;
  openCm: number;
}

export interface LevelSnapshot {
  paddyId: string;
  waterCm: number;
  gates: number;
  inflowLps: number;
  source: 'cache' | 'gauge';
}

declare const gauges: {
  read(paddyId: string): Promise<number | undefined>;
};

declare const gateRegistry: {
  list(paddyId: string): Promise<Gate[]>;
};

declare const canal: {
  headCm(): Promise<number>;
};

const WEIR_COEFF = 1.84;

function flowLps(gate: Gate, headCm: number): number {
  if (gate.openCm <= 0 || headCm <= 0) return 0;
  const h = Math.min(headCm, gate.openCm) / 100;
  return WEIR_COEFF * (gate.widthCm / 100) * h ** 1.5 * 1000;
}

export class LevelMonitor {
  private readonly cache = new Map<string, { waterCm: number; at: number }>();

  constructor(private readonly maxAgeMs = 10 * 60_000) {}

  private cachedLevel(paddyId: string): number | undefined {
    const entry = this.cache.get(paddyId);
    if (!entry || Date.now() - entry.at > this.maxAgeMs) return undefined;
    return entry.waterCm;
  }

  async snapshot(paddyId: string): Promise<LevelSnapshot> {
    let gateCount = 0;
    const cached = this.cachedLevel(paddyId);
    const [gates, headCm, gaugeCm] = await Promise.all([
      gateRegistry.list(paddyId).then((listed) => {
        gateCount = listed.length;
        return listed;
      }),
      canal.headCm(),
      cached === undefined ? gauges.read(paddyId) : undefined,
    ]);

    const waterCm = cached ?? gaugeCm ?? 0;
    if (cached === undefined) this.cache.set(paddyId, { waterCm, at: Date.now() });
    const inflowLps = gates.reduce((sum, g) => sum + flowLps(g, headCm), 0);
    return {
      paddyId,
      waterCm,
      gates: gateCount,
      inflowLps: Math.round(inflowLps * 10) / 10,
      source: cached === undefined ? 'gauge' : 'cache',
    };
  }

  async fieldReport(paddyIds: string[]): Promise<string[]> {
    const lines: string[] = [];
    for (const id of paddyIds) {
      const s = await this.snapshot(id);
      lines.push(`${id}: ${s.waterCm} cm, ${s.gates} gates, ${s.inflowLps} L/s (${s.source})`);
    }
    return lines;
  }
}
