// expect: no-multiple-settle
// When the lot closes the poller resolves but never clears the interval, so every later tick hits the auction house again and calls resolve once more, polling forever after the hammer falls.
export type LotState = 'open' | 'extended' | 'closed' | 'withdrawn';

export interface LotStatus {
  lotId: string;
  state: LotState;
  highBid: number;
  highBidder: string | null;
  closesAt: number;
}

export interface AuctionHouseClient {
  status(lotId: string, cb: (err: Error | null, status?: LotStatus) => void): void;
}

export interface HammerResult {
  lotId: string;
  species: string;
  price: number;
  winner: string | null;
}

export interface BonsaiLot {
  lotId: string;
  species: string;
  reserve: number;
}

export function waitForHammer(
  client: AuctionHouseClient,
  lot: BonsaiLot,
  pollMs = 2_000,
): Promise<HammerResult> {
  return new Promise<HammerResult>((resolve, reject) => {
    let inFlight = false;
    const timer = setInterval(() => {
      if (inFlight) return;
      inFlight = true;
      client.status(lot.lotId, (err, status) => {
        inFlight = false;
        if (err || !status) {
          clearInterval(timer);
          reject(err ?? new Error(`no status returned for lot ${lot.lotId}`));
          return;
        }
        if (status.state === 'withdrawn') {
          clearInterval(timer);
          reject(new Error(`lot ${lot.lotId} (${lot.species}) was withdrawn`));
          return;
        }
        if (status.state === 'closed') {
          const sold = status.highBid >= lot.reserve;
          resolve({
            lotId: lot.lotId,
            species: lot.species,
            price: sold ? status.highBid : 0,
            winner: sold ? status.highBidder : null,
          });
        }
      });
    }, pollMs);
  });
}

export async function settleCatalogue(
  client: AuctionHouseClient,
  lots: BonsaiLot[],
): Promise<HammerResult[]> {
  const results = await Promise.all(lots.map((lot) => waitForHammer(client, lot)));
  return results.sort((a, b) => b.price - a.price);
}

export function formatInvoiceLine(result: HammerResult): string {
  if (!result.winner) return `${result.lotId}  ${result.species}  passed (reserve not met)`;
  const premium = Math.round(result.price * 0.18);
  return `${result.lotId}  ${result.species}  ${result.winner}  ${result.price} + ${premium} premium`;
}
