// expect: none
// The three lookups are stored first but all go into Promise.all in the same synchronous step, so each rejection has a handler immediately.
interface Barge { id: string; lengthM: number; beamM: number; residential: boolean }
interface Route { from: string; to: string; locks: number; km: number }

declare const registry: { getBarge(id: string): Promise<Barge> };
declare const waterways: { planRoute(from: string, to: string): Promise<Route> };
declare const tariffs: { current(): Promise<{ perKm: number; perLock: number; residentialDiscount: number }> };

export interface TollQuote {
  bargeId: string;
  route: Route;
  amountPence: number;
  breakdown: Record<string, number>;
}

export class TollQuoteError extends Error {}

export async function quoteToll(bargeId: string, from: string, to: string): Promise<TollQuote> {
  const bargeLookup = registry.getBarge(bargeId);
  const routeLookup = waterways.planRoute(from, to);
  const tariffLookup = tariffs.current();

  const [barge, route, tariff] = await Promise.all([bargeLookup, routeLookup, tariffLookup]).catch((err) => {
    throw new TollQuoteError(`cannot quote ${bargeId} ${from}→${to}: ${(err as Error).message}`);
  });

  const lengthFactor = barge.lengthM > 18 ? 1.5 : 1;
  const distance = Math.round(route.km * tariff.perKm * lengthFactor);
  const locks = route.locks * tariff.perLock;
  const discount = barge.residential ? Math.round((distance + locks) * tariff.residentialDiscount) : 0;

  return {
    bargeId,
    route,
    amountPence: distance + locks - discount,
    breakdown: { distance, locks, discount: -discount },
  };
}

export function formatQuote(q: TollQuote): string {
  const pounds = (p: number) => `£${(p / 100).toFixed(2)}`;
  return [
    `Barge ${q.bargeId}: ${q.route.from} → ${q.route.to}`,
    `  ${q.route.km} km, ${q.route.locks} locks`,
    ...Object.entries(q.breakdown).map(([k, v]) => `  ${k.padEnd(9)} ${pounds(v)}`),
    `  total     ${pounds(q.amountPence)}`,
  ].join('\n');
}

export async function quoteMany(
  requests: Array<{ bargeId: string; from: string; to: string }>,
): Promise<Array<TollQuote | { bargeId: string; error: string }>> {
  const out: Array<TollQuote | { bargeId: string; error: string }> = [];
  for (const r of requests) {
    try {
      out.push(await quoteToll(r.bargeId, r.from, r.to));
    } catch (err) {
      if (!(err instanceof TollQuoteError)) throw err;
      out.push({ bargeId: r.bargeId, error: err.message });
    }
  }
  return out;
}
