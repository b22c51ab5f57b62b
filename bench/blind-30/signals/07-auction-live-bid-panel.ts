// expect: none
// Network failures fall back to the last cached bid, but an abort is recognised first and rethrown unchanged.
export interface LiveLotState {
  saleId: string;
  lotNo: number;
  currentBid: number;
  increment: number;
  leadingPaddle: number | null;
  closesAt: string | null;
  stale: boolean;
}

const LIVE_API = 'https://live.example-auctions.com/api';

function isAbortError(err: unknown): boolean {
  return (err instanceof DOMException || err instanceof Error) && err.name === 'AbortError';
}

function nextIncrement(bid: number): number {
  if (bid < 100) return 5;
  if (bid < 500) return 20;
  if (bid < 2_000) return 50;
  if (bid < 10_000) return 200;
  return 500;
}

export class LiveBidPanel {
  private readonly lastKnown = new Map<string, LiveLotState>();

  private key(saleId: string, lotNo: number): string {
    return `${saleId}#${lotNo}`;
  }

  async lotState(saleId: string, lotNo: number, signal: AbortSignal): Promise<LiveLotState> {
    const key = this.key(saleId, lotNo);
    try {
      const response = await fetch(`${LIVE_API}/sales/${saleId}/lots/${lotNo}`, { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as { bid: number; paddle: number | null; closesAt: string | null };
      const state: LiveLotState = {
        saleId,
        lotNo,
        currentBid: body.bid,
        increment: nextIncrement(body.bid),
        leadingPaddle: body.paddle,
        closesAt: body.closesAt,
        stale: false,
      };
      this.lastKnown.set(key, state);
      return state;
    } catch (err) {
      if (isAbortError(err)) throw err;
      const cached = this.lastKnown.get(key);
      if (cached) return { ...cached, stale: true };
      throw new Error(`no live state for lot ${lotNo} and nothing cached`, { cause: err });
    }
  }

  async placeBid(saleId: string, lotNo: number, paddle: number, amount: number, signal: AbortSignal): Promise<boolean> {
    const state = await this.lotState(saleId, lotNo, signal);
    if (state.stale) return false;
    if (amount < state.currentBid + state.increment) {
      throw new RangeError(`bid ${amount} is below the next increment ${state.currentBid + state.increment}`);
    }
    const response = await fetch(`${LIVE_API}/sales/${saleId}/lots/${lotNo}/bids`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ paddle, amount }),
      signal,
    });
    return response.status === 201;
  }
}
