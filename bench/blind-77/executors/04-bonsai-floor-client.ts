// expect: none
// Correct: each stored resolver is removed and its timer cleared before it settles once; socket close/error rejects and clears every pending bid.
export interface BidAck {
  lotId: string;
  standingBidYen: number;
  leading: boolean;
}

type FloorMessage =
  | { type: 'bid-accepted'; id: number; lotId: string; standingBidYen: number; leading: boolean }
  | { type: 'bid-rejected'; id: number; reason: string }
  | { type: 'lot-closed'; lotId: string; hammerPriceYen: number; winner: string };

interface PendingBid {
  resolve: (ack: BidAck) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class BidRejected extends Error {
  constructor(reason: string) {
    super(`bid rejected: ${reason}`);
    this.name = 'BidRejected';
  }
}

export class AuctionFloorClient {
  private seq = 0;
  private readonly pending = new Map<number, PendingBid>();
  private readonly hammerPrices = new Map<string, number>();

  constructor(private readonly socket: WebSocket, private readonly ackTimeoutMs = 5000) {
    socket.addEventListener('message', (ev) => this.onMessage(ev));
    socket.addEventListener('close', (ev) => this.rejectAll(new Error(`auction floor closed (${ev.code})`)));
    socket.addEventListener('error', () => this.rejectAll(new Error('auction floor socket error')));
  }

  placeBid(lotId: string, amountYen: number): Promise<BidAck> {
    if (this.socket.readyState !== this.socket.OPEN) {
      return Promise.reject(new Error('auction floor is not connected'));
    }
    if (this.hammerPrices.has(lotId)) {
      return Promise.reject(new BidRejected(`lot ${lotId} already closed`));
    }

    const id = ++this.seq;
    return new Promise<BidAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no acknowledgement for bid ${id} on lot ${lotId}`));
      }, this.ackTimeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.socket.send(JSON.stringify({ id, type: 'bid', lotId, amountYen }));
    });
  }

  hammerPrice(lotId: string): number | undefined {
    return this.hammerPrices.get(lotId);
  }

  private onMessage(ev: MessageEvent): void {
    const msg = JSON.parse(String(ev.data)) as FloorMessage;
    if (msg.type === 'lot-closed') {
      this.hammerPrices.set(msg.lotId, msg.hammerPriceYen);
      return;
    }

    const entry = this.pending.get(msg.id);
    if (!entry) return;
    this.pending.delete(msg.id);
    clearTimeout(entry.timer);

    if (msg.type === 'bid-accepted') {
      entry.resolve({ lotId: msg.lotId, standingBidYen: msg.standingBidYen, leading: msg.leading });
    } else {
      entry.reject(new BidRejected(msg.reason));
    }
  }

  private rejectAll(err: Error): void {
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
    this.pending.clear();
  }
}
