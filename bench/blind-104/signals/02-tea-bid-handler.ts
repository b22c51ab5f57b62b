// expect: none
// The bid handler passes req.signal to the ledger reservation and combines it with a timeout for the price-oracle fetch, so a buyer who disconnects cancels every piece of downstream work.
export interface BidBody {
  lotId: string;
  buyerId: string;
  pricePerKg: number;
}

export interface LotLedger {
  reserve(lotId: string, buyerId: string, pricePerKg: number, opts: { signal: AbortSignal }): Promise<{ accepted: boolean; leading: number }>;
}

interface OracleQuote {
  grade: string;
  floorPerKg: number;
}

function parseBid(value: unknown): BidBody | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.lotId !== 'string' || typeof v.buyerId !== 'string' || typeof v.pricePerKg !== 'number') return null;
  return { lotId: v.lotId, buyerId: v.buyerId, pricePerKg: v.pricePerKg };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function createBidHandler(ledger: LotLedger, oracleUrl: string) {
  return async function handleBid(req: Request): Promise<Response> {
    if (req.method !== 'POST') return json(405, { error: 'POST only' });

    const bid = parseBid(await req.json());
    if (!bid) return json(400, { error: 'lotId, buyerId and pricePerKg are required' });

    const oracleSignal = AbortSignal.any([req.signal, AbortSignal.timeout(1_500)]);
    const quoteRes = await fetch(`${oracleUrl}/floor?lot=${encodeURIComponent(bid.lotId)}`, { signal: oracleSignal });
    if (!quoteRes.ok) return json(502, { error: `price oracle answered ${quoteRes.status}` });
    const quote = (await quoteRes.json()) as OracleQuote;

    if (bid.pricePerKg < quote.floorPerKg) {
      return json(422, { error: `below the ${quote.grade} floor of ${quote.floorPerKg}/kg` });
    }

    const result = await ledger.reserve(bid.lotId, bid.buyerId, bid.pricePerKg, { signal: req.signal });
    return result.accepted
      ? json(201, { lotId: bid.lotId, leading: result.leading })
      : json(409, { error: 'outbid', leading: result.leading });
  };
}
