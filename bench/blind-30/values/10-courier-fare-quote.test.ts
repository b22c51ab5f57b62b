// expect: none
// Promises reach expect() only through .resolves/.rejects (which await them); every other assertion is on an awaited value.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  resolves: { toBe(expected: unknown): Promise<void>; toMatchObject(expected: object): Promise<void> };
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface QuoteRequest {
  pickupZone: string;
  dropZone: string;
  weightKg: number;
  express: boolean;
}

interface Quote {
  pence: number;
  etaMinutes: number;
  surge: number;
}

interface RoutingService {
  distanceKm(from: string, to: string): Promise<number>;
  surgeFactor(zone: string): Promise<number>;
}

const BASE_PENCE = 350;
const PER_KM_PENCE = 120;
const CARGO_SURCHARGE_PENCE = 400;
const AVG_SPEED_KMH = 16;

async function quoteFare(routing: RoutingService, req: QuoteRequest): Promise<Quote> {
  if (req.weightKg > 40) throw new RangeError(`parcel of ${req.weightKg}kg exceeds cargo bike limit`);
  const [km, surge] = await Promise.all([routing.distanceKm(req.pickupZone, req.dropZone), routing.surgeFactor(req.pickupZone)]);
  let pence = BASE_PENCE + km * PER_KM_PENCE;
  if (req.weightKg > 8) pence += CARGO_SURCHARGE_PENCE;
  if (req.express) pence *= 1.5;
  pence = Math.round((pence * surge) / 10) * 10;
  const etaMinutes = Math.ceil((km / AVG_SPEED_KMH) * 60) + (req.express ? 5 : 20);
  return { pence, etaMinutes, surge };
}

class StubRouting implements RoutingService {
  distances = new Map<string, number>([['soho>shoreditch', 4.5], ['soho>camden', 3]]);
  surges = new Map<string, number>([['soho', 1]]);

  async distanceKm(from: string, to: string): Promise<number> {
    await sleep(1);
    const km = this.distances.get(`${from}>${to}`);
    if (km === undefined) throw new Error(`no route ${from}>${to}`);
    return km;
  }

  async surgeFactor(zone: string): Promise<number> {
    return this.surges.get(zone) ?? 1;
  }
}

describe('quoteFare', () => {
  let routing: StubRouting;
  const standard: QuoteRequest = { pickupZone: 'soho', dropZone: 'shoreditch', weightKg: 2, express: false };

  beforeEach(() => {
    routing = new StubRouting();
  });

  it('prices a standard envelope run', async () => {
    expect(await quoteFare(routing, standard)).toEqual({ pence: 890, etaMinutes: 37, surge: 1 });
  });

  it('adds the cargo surcharge over 8kg', async () => {
    await expect(quoteFare(routing, { ...standard, weightKg: 12 })).resolves.toMatchObject({ pence: 1290 });
  });

  it('applies surge after express', async () => {
    routing.surges.set('soho', 1.4);
    const quote = await quoteFare(routing, { ...standard, dropZone: 'camden', express: true });
    expect(quote.pence).toBe(1490);
    expect(quote.etaMinutes).toBe(17);
  });

  it('refuses parcels a cargo bike cannot carry', async () => {
    await expect(quoteFare(routing, { ...standard, weightKg: 55 })).rejects.toThrow(/exceeds cargo bike limit/);
  });

  it('surfaces routing failures', async () => {
    await expect(quoteFare(routing, { ...standard, dropZone: 'atlantis' })).rejects.toThrow('no route soho>atlantis');
  });
});
