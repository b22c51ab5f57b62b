// expect: none
// Each cache, calibration and tariff call is awaited inside parentheses before ?? and === are applied, so fallbacks and comparisons operate on the resolved values rather than on Promises.
export interface Trip {
  id: string;
  meterId: string;
  distanceM: number;
  waitingSeconds: number;
  startedAt: Date;
}

export interface FareCache {
  get(tripId: string): Promise<number | undefined>;
  set(tripId: string, cents: number): Promise<void>;
}

export interface MeterRegistry {
  calibrationStatus(meterId: string): Promise<'valid' | 'expired' | 'unknown'>;
}

export interface TariffTable {
  ratesFor(at: Date): Promise<{ flagDropCents: number; perKmCents: number; perMinuteWaitCents: number }>;
}

export interface AuditedFare {
  tripId: string;
  cents: number;
  fromCache: boolean;
  meterCalibrated: boolean;
}

export class FareAuditor {
  constructor(
    private readonly cache: FareCache,
    private readonly meters: MeterRegistry,
    private readonly tariffs: TariffTable,
  ) {}

  private async computeCents(trip: Trip): Promise<number> {
    const rates = await this.tariffs.ratesFor(trip.startedAt);
    return Math.round(
      rates.flagDropCents + (trip.distanceM / 1000) * rates.perKmCents + (trip.waitingSeconds / 60) * rates.perMinuteWaitCents,
    );
  }

  async expectedFare(trip: Trip): Promise<AuditedFare> {
    const cached = await this.cache.get(trip.id);
    const cents = cached ?? (await this.computeCents(trip));
    if (cached === undefined) await this.cache.set(trip.id, cents);

    const meterCalibrated = (await this.meters.calibrationStatus(trip.meterId)) === 'valid';
    return { tripId: trip.id, cents, fromCache: cached !== undefined, meterCalibrated };
  }

  async flagOvercharges(trips: Array<Trip & { chargedCents: number }>, toleranceCents = 30): Promise<string[]> {
    const flagged: string[] = [];
    for (const trip of trips) {
      const fare = await this.expectedFare(trip);
      const over = trip.chargedCents - fare.cents;
      if (over > toleranceCents || (!fare.meterCalibrated && over > 0)) flagged.push(trip.id);
    }
    return flagged;
  }
}
