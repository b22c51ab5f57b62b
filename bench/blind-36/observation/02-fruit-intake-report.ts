// expect: none
// The market-price request is started early but gets its .catch fallback attached in the same expression, so it can never reject unobserved while the other awaits run.
export interface FruitDelivery {
  memberId: string;
  variety: string;
  kg: number;
  brix: number;
  bruisedPct: number;
}

export interface MarketPrices {
  season: number;
  perKg: Record<string, number>;
  publishedAt: string;
}

export interface IntakeReport {
  season: number;
  totalsByVariety: Record<string, number>;
  rejectedDeliveries: number;
  estimatedValue: number | null;
  pricesFrom: string;
}

declare const cooperativeDb: {
  deliveries(season: number): Promise<FruitDelivery[]>;
  members(): Promise<Array<{ memberId: string; active: boolean }>>;
};

declare const marketBoard: {
  prices(season: number): Promise<MarketPrices>;
};

declare const log: {
  warn(message: string, err?: unknown): void;
};

const MIN_BRIX = 9.5;
const MAX_BRUISED_PCT = 15;

function acceptable(delivery: FruitDelivery): boolean {
  return delivery.brix >= MIN_BRIX && delivery.bruisedPct <= MAX_BRUISED_PCT;
}

export async function buildIntakeReport(season: number): Promise<IntakeReport> {
  // slow upstream service; start it while we read our own data
  const pricesRequest = marketBoard.prices(season).catch((err: unknown) => {
    log.warn(`market prices unavailable for ${season}`, err);
    return null;
  });

  const members = await cooperativeDb.members();
  const active = new Set(members.filter((m) => m.active).map((m) => m.memberId));
  const deliveries = (await cooperativeDb.deliveries(season)).filter((d) => active.has(d.memberId));

  const totalsByVariety: Record<string, number> = {};
  let rejectedDeliveries = 0;
  for (const delivery of deliveries) {
    if (!acceptable(delivery)) {
      rejectedDeliveries++;
      continue;
    }
    totalsByVariety[delivery.variety] = (totalsByVariety[delivery.variety] ?? 0) + delivery.kg;
  }

  const prices = await pricesRequest;
  let estimatedValue: number | null = null;
  if (prices) {
    estimatedValue = Object.entries(totalsByVariety).reduce(
      (sum, [variety, kg]) => sum + kg * (prices.perKg[variety] ?? prices.perKg.default ?? 0),
      0,
    );
  }

  return {
    season,
    totalsByVariety,
    rejectedDeliveries,
    estimatedValue: estimatedValue === null ? null : Math.round(estimatedValue),
    pricesFrom: prices?.publishedAt ?? 'unavailable',
  };
}

export function formatReport(report: IntakeReport): string {
  const lines = Object.entries(report.totalsByVariety)
    .sort(([, a], [, b]) => b - a)
    .map(([variety, kg]) => `  ${variety.padEnd(20)} ${kg.toFixed(0).padStart(8)} kg`);
  return [
    `Season ${report.season} fruit intake`,
    ...lines,
    `  rejected deliveries: ${report.rejectedDeliveries}`,
    `  estimated value: ${report.estimatedValue ?? 'n/a'} (prices ${report.pricesFrom})`,
  ].join('\n');
}
