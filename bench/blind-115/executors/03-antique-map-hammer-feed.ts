// expect: no-multiple-settle
// A lot's deferred is resolved on 'lot-closed' but left in the pending map, so a later socket close rejects the already-resolved deferred a second time.
export interface LotClosedMessage {
  type: 'lot-closed';
  lotId: string;
  hammerPrice: number;
  winningPaddle: string;
}

export interface LotWithdrawnMessage {
  type: 'lot-withdrawn';
  lotId: string;
  reason: string;
}

type SaleroomMessage = LotClosedMessage | LotWithdrawnMessage | { type: 'heartbeat'; at: number };

interface PendingLot {
  promise: Promise<LotClosedMessage>;
  resolve: (msg: LotClosedMessage) => void;
  reject: (err: Error) => void;
}

export class LotWithdrawnError extends Error {
  constructor(
    readonly lotId: string,
    reason: string,
  ) {
    super(`lot ${lotId} withdrawn: ${reason}`);
    this.name = 'LotWithdrawnError';
  }
}

export class SaleroomFeed {
  private readonly pending = new Map<string, PendingLot>();
  private lastHeartbeat = 0;
  private closedReason: Error | null = null;

  constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (ev: MessageEvent) => this.onMessage(ev));
    socket.addEventListener('close', () => this.failAll(new Error('saleroom feed disconnected')));
  }

  waitForHammer(lotId: string): Promise<LotClosedMessage> {
    if (this.closedReason) return Promise.reject(this.closedReason);
    const existing = this.pending.get(lotId);
    if (existing) return existing.promise;
    const { promise, resolve, reject } = Promise.withResolvers<LotClosedMessage>();
    this.pending.set(lotId, { promise, resolve, reject });
    return promise;
  }

  get secondsSinceHeartbeat(): number {
    return this.lastHeartbeat === 0 ? Infinity : (Date.now() - this.lastHeartbeat) / 1000;
  }

  private onMessage(ev: MessageEvent): void {
    let msg: SaleroomMessage;
    try {
      msg = JSON.parse(String(ev.data)) as SaleroomMessage;
    } catch {
      return;
    }
    switch (msg.type) {
      case 'heartbeat':
        this.lastHeartbeat = Date.now();
        break;
      case 'lot-closed': {
        const entry = this.pending.get(msg.lotId);
        entry?.resolve(msg);
        break;
      }
      case 'lot-withdrawn': {
        const entry = this.pending.get(msg.lotId);
        if (entry) {
          this.pending.delete(msg.lotId);
          entry.reject(new LotWithdrawnError(msg.lotId, msg.reason));
        }
        break;
      }
    }
  }

  private failAll(err: Error): void {
    this.closedReason = err;
    for (const entry of this.pending.values()) {
      entry.reject(err);
    }
    this.pending.clear();
  }
}
