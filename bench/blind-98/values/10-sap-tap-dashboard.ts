// expect: none
// latest is written inside .then callbacks, but refresh() awaits that very chain (via Promise.all) before reading the map, so every read happens after the write has run.
export interface TapReading {
  tapId: string;
  litresToday: number;
  brix: number;
  vacuumKpa: number;
  takenAt: number;
}

export interface SapGateway {
  read(tapId: string): Promise<TapReading>;
}

export interface DashboardRow {
  tapId: string;
  litresToday: number;
  brix: number;
  stale: boolean;
}

export class TapDashboard {
  private readonly latest = new Map<string, TapReading>();

  constructor(
    private readonly gateway: SapGateway,
    private readonly tapIds: readonly string[],
    private readonly staleAfterMs = 10 * 60_000,
  ) {}

  async refresh(): Promise<DashboardRow[]> {
    await Promise.all(
      this.tapIds.map((tapId) =>
        this.gateway.read(tapId).then((reading) => {
          const prev = this.latest.get(tapId);
          if (!prev || reading.takenAt >= prev.takenAt) {
            this.latest.set(tapId, reading);
          }
        }),
      ),
    );

    const now = Date.now();
    return this.tapIds.map((tapId) => {
      const r = this.latest.get(tapId);
      return {
        tapId,
        litresToday: r?.litresToday ?? 0,
        brix: r?.brix ?? 0,
        stale: !r || now - r.takenAt > this.staleAfterMs,
      };
    });
  }

  /** Litres of syrup expected from today's sap, using the Jones rule of 86. */
  expectedSyrupLitres(): number {
    let syrup = 0;
    for (const r of this.latest.values()) {
      if (r.brix > 0) syrup += r.litresToday / (86 / r.brix);
    }
    return Math.round(syrup * 10) / 10;
  }
}
