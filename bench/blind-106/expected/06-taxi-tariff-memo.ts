// expect: none
// The tariff table promise is deliberately shared between concurrent audits, but a failed load clears the memo so the next call starts a fresh request instead of re-awaiting the rejected one.
export interface TariffBand {
  zone: string;
  flagDropCents: number;
  perKmCents: number;
  nightSurchargePct: number;
}

export interface TariffSource {
  fetchTable(version: string): Promise<TariffBand[]>;
}

export interface MeteredTrip {
  tripId: string;
  zone: string;
  km: number;
  night: boolean;
  chargedCents: number;
}

export class TariffBook {
  private table: Promise<Map<string, TariffBand>> | undefined;

  constructor(private readonly source: TariffSource, private readonly version: string) {}

  private load(): Promise<Map<string, TariffBand>> {
    this.table ??= this.source.fetchTable(this.version).then(
      (bands) => new Map(bands.map((b) => [b.zone, b])),
      (err: unknown) => {
        this.table = undefined;
        throw err;
      },
    );
    return this.table;
  }

  async band(zone: string): Promise<TariffBand> {
    const table = await this.load();
    const band = table.get(zone);
    if (!band) throw new Error(`tariff ${this.version} has no band for zone ${zone}`);
    return band;
  }

  async expectedCents(trip: MeteredTrip): Promise<number> {
    const band = await this.band(trip.zone);
    const base = band.flagDropCents + trip.km * band.perKmCents;
    return Math.round(trip.night ? base * (1 + band.nightSurchargePct / 100) : base);
  }

  async audit(trips: MeteredTrip[]): Promise<Array<{ tripId: string; deltaCents: number }>> {
    const deltas = await Promise.all(
      trips.map(async (t) => ({ tripId: t.tripId, deltaCents: t.chargedCents - (await this.expectedCents(t)) })),
    );
    return deltas.filter((d) => Math.abs(d.deltaCents) > 25);
  }

  invalidate(): void {
    this.table = undefined;
  }
}
