// expect: none
// Correct: in-flight rate lookups are stored as promises on purpose so concurrent callers share one request, and every caller awaits before using the rate.
export interface ZoneRate {
  zone: string;
  centsPerHour: number;
  dailyMaxCents: number;
  validUntil: number;
}

export interface ParkingSession {
  plate: string;
  zone: string;
  enteredAt: Date;
  exitedAt: Date;
}

declare const pricingApi: {
  getRate(zone: string, signal: AbortSignal): Promise<ZoneRate>;
};

export class RateCache {
  private readonly inflight = new Map<string, Promise<ZoneRate>>();
  private readonly settled = new Map<string, ZoneRate>();

  constructor(private readonly timeoutMs = 4_000) {}

  get(zone: string): Promise<ZoneRate> {
    const cached = this.settled.get(zone);
    if (cached && cached.validUntil > Date.now()) {
      return Promise.resolve(cached);
    }

    const pending = this.inflight.get(zone) ?? this.load(zone);
    return pending;
  }

  private load(zone: string): Promise<ZoneRate> {
    const request = pricingApi
      .getRate(zone, AbortSignal.timeout(this.timeoutMs))
      .then((rate) => {
        this.settled.set(zone, rate);
        return rate;
      })
      .finally(() => {
        this.inflight.delete(zone);
      });
    this.inflight.set(zone, request);
    return request;
  }
}

export async function computeFee(cache: RateCache, session: ParkingSession): Promise<number> {
  const rate = await cache.get(session.zone);
  const minutes = Math.max(0, (session.exitedAt.getTime() - session.enteredAt.getTime()) / 60_000);
  const days = Math.floor(minutes / 1_440);
  const remainderHours = Math.ceil((minutes % 1_440) / 60);
  const partial = Math.min(remainderHours * rate.centsPerHour, rate.dailyMaxCents);
  return days * rate.dailyMaxCents + partial;
}

export async function feesForExitLane(
  cache: RateCache,
  sessions: ParkingSession[],
): Promise<Map<string, number>> {
  const zones = [...new Set(sessions.map((s) => s.zone))];
  await Promise.all(zones.map((z) => cache.get(z)));

  const fees = new Map<string, number>();
  for (const session of sessions) {
    const fee = await computeFee(cache, session);
    fees.set(session.plate, fee);
    if (fee > 0) {
      console.info(`plate ${session.plate} owes ${(fee / 100).toFixed(2)} in zone ${session.zone}`);
    }
  }
  return fees;
}
