// expect: no-promise-as-value
// depositFor() is async but its result is placed unawaited in the JSON body, so the booking API receives "deposit": {}.
export type RiderLevel = 'beginner' | 'intermediate' | 'advanced';

export interface Rider {
  riderId: string;
  name: string;
  weightKg: number;
  level: RiderLevel;
  ownsHarness: boolean;
}

export interface Conditions {
  windKnots: number;
  gustKnots: number;
  spot: string;
}

export interface QuoteLine {
  item: string;
  eurPerHour: number;
}

declare const riskDesk: {
  incidentCount(riderId: string): Promise<number>;
};

declare const bookingApi: {
  baseUrl: string;
  token: string;
};

const KITE_SIZES_M2 = [7, 9, 10, 12, 14, 17] as const;
const BASE_DEPOSIT_EUR = 150;

export function kiteSize(rider: Rider, conditions: Conditions): number {
  const ideal = (rider.weightKg * 2.2) / conditions.windKnots;
  let best: number = KITE_SIZES_M2[0];
  for (const size of KITE_SIZES_M2) {
    if (Math.abs(size - ideal) < Math.abs(best - ideal)) {
      best = size;
    }
  }
  return conditions.gustKnots - conditions.windKnots > 10 ? Math.max(7, best - 2) : best;
}

async function depositFor(rider: Rider): Promise<number> {
  const incidents = await riskDesk.incidentCount(rider.riderId);
  const levelFactor = rider.level === 'beginner' ? 2 : rider.level === 'intermediate' ? 1.4 : 1;
  return Math.round(BASE_DEPOSIT_EUR * levelFactor + incidents * 75);
}

function quoteLines(rider: Rider, size: number): QuoteLine[] {
  const lines: QuoteLine[] = [
    { item: `${size}m kite + bar`, eurPerHour: size >= 12 ? 32 : 28 },
    { item: 'twin-tip board', eurPerHour: 12 },
    { item: 'wetsuit', eurPerHour: 6 },
  ];
  if (!rider.ownsHarness) {
    lines.push({ item: 'seat harness', eurPerHour: 5 });
  }
  if (rider.level === 'beginner') {
    lines.push({ item: 'radio helmet + instructor channel', eurPerHour: 18 });
  }
  return lines;
}

export async function submitQuote(rider: Rider, conditions: Conditions, hours: number): Promise<string> {
  const size = kiteSize(rider, conditions);
  const lines = quoteLines(rider, size);
  const total = lines.reduce((sum, l) => sum + l.eurPerHour, 0) * hours;

  const res = await fetch(`${bookingApi.baseUrl}/quotes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bookingApi.token}` },
    body: JSON.stringify({
      riderId: rider.riderId,
      spot: conditions.spot,
      hours,
      lines,
      totalEur: total,
      deposit: depositFor(rider),
    }),
  });
  if (!res.ok) {
    throw new Error(`quote rejected: HTTP ${res.status}`);
  }
  const { quoteId } = (await res.json()) as { quoteId: string };
  return quoteId;
}
