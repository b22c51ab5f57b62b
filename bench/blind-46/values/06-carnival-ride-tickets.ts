// expect: no-promise-as-value
// The audit event embeds season.remainingRides(bandId), an unawaited promise, so the JSON sent to the queue carries {} for that field.
export interface RideScan {
  bandId: string;
  rideId: string;
  gate: string;
  scannedAt: number;
}

export interface SeasonPassService {
  isActive(bandId: string): Promise<boolean>;
  consumeRide(bandId: string, rideId: string): Promise<void>;
  remainingRides(bandId: string): Promise<number>;
}

declare const auditQueue: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};

declare const turnstiles: {
  open(gate: string): Promise<void>;
  flashDenied(gate: string, reason: string): Promise<void>;
};

const RIDE_LIMITS: Record<string, { perDay: number }> = {
  'zipper': { perDay: 4 },
  'tilt-a-whirl': { perDay: 6 },
  'drop-tower': { perDay: 3 },
};

export class GateScanner {
  private readonly todaysRides = new Map<string, Map<string, number>>();

  constructor(private readonly season: SeasonPassService) {}

  private usedToday(bandId: string, rideId: string): number {
    return this.todaysRides.get(bandId)?.get(rideId) ?? 0;
  }

  private countRide(bandId: string, rideId: string): void {
    const perRide = this.todaysRides.get(bandId) ?? new Map<string, number>();
    perRide.set(rideId, (perRide.get(rideId) ?? 0) + 1);
    this.todaysRides.set(bandId, perRide);
  }

  async scan(scan: RideScan): Promise<'admitted' | 'denied'> {
    const limit = RIDE_LIMITS[scan.rideId]?.perDay ?? Infinity;
    if (!(await this.season.isActive(scan.bandId))) {
      await turnstiles.flashDenied(scan.gate, 'pass not active');
      return 'denied';
    }
    if (this.usedToday(scan.bandId, scan.rideId) >= limit) {
      await turnstiles.flashDenied(scan.gate, `daily limit of ${limit} reached`);
      return 'denied';
    }

    await this.season.consumeRide(scan.bandId, scan.rideId);
    this.countRide(scan.bandId, scan.rideId);
    await turnstiles.open(scan.gate);
    await auditQueue.publish('ride.admitted', {
      bandId: scan.bandId,
      rideId: scan.rideId,
      gate: scan.gate,
      at: new Date(scan.scannedAt).toISOString(),
      usedToday: this.usedToday(scan.bandId, scan.rideId),
      remainingSeasonRides: this.season.remainingRides(scan.bandId),
    });
    return 'admitted';
  }

  resetDay(): void {
    this.todaysRides.clear();
  }

  busiestRides(top = 3): Array<{ rideId: string; scans: number }> {
    const totals = new Map<string, number>();
    for (const perRide of this.todaysRides.values()) {
      for (const [rideId, n] of perRide) totals.set(rideId, (totals.get(rideId) ?? 0) + n);
    }
    return [...totals].map(([rideId, scans]) => ({ rideId, scans })).sort((a, b) => b.scans - a.scans).slice(0, top);
  }
}
