// expect: none
// `this.#pending === request` compares two promises on purpose (is this still the latest refresh?); the bid values themselves are only read after await.
export interface Bid {
  lotId: string;
  bidder: string;
  amountEur: number;
  placedAt: string;
}

export interface LotState {
  lotId: string;
  highBid: Bid | null;
  closesAt: string;
}

declare const auctionApi: {
  lotState(lotId: string): Promise<LotState>;
  placeBid(lotId: string, bidder: string, amountEur: number): Promise<Bid>;
};

/** Browser-side board for one lot; renders into the given element. */
export class LotBoard {
  #pending: Promise<LotState> | null = null;
  #state: LotState | null = null;

  constructor(private readonly lotId: string, private readonly el: HTMLElement, private readonly me: string) {}

  async refresh(): Promise<void> {
    const request = auctionApi.lotState(this.lotId);
    this.#pending = request;
    let state: LotState;
    try {
      state = await request;
    } finally {
      if (this.#pending === request) this.#pending = null;
    }
    // A slower, older refresh must not overwrite a newer one that already landed.
    if (this.#state && this.#state.highBid && state.highBid && state.highBid.placedAt < this.#state.highBid.placedAt) {
      return;
    }
    this.#state = state;
    this.#render();
  }

  get isRefreshing(): boolean {
    return this.#pending !== null;
  }

  async raise(stepEur = 20): Promise<Bid> {
    if (this.#pending) await this.#pending;
    const current = this.#state?.highBid?.amountEur ?? 0;
    const bid = await auctionApi.placeBid(this.lotId, this.me, current + stepEur);
    await this.refresh();
    return bid;
  }

  #render(): void {
    const s = this.#state;
    if (!s) return;
    const leading = s.highBid?.bidder === this.me;
    this.el.textContent = s.highBid
      ? `€${s.highBid.amountEur} by ${leading ? 'you' : s.highBid.bidder}`
      : 'No bids yet';
    this.el.classList.toggle('leading', leading);
    this.el.dataset.closesAt = s.closesAt;
  }
}

export function mountBoards(root: ParentNode, me: string): LotBoard[] {
  return [...root.querySelectorAll<HTMLElement>('[data-lot-id]')].map((el) => {
    const board = new LotBoard(el.dataset.lotId!, el, me);
    board.refresh().catch((err) => {
      el.textContent = 'Could not load lot';
      console.error(err);
    });
    return board;
  });
}
