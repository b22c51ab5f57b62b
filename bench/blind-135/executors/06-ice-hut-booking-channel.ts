// expect: none
// Each stored deferred is removed from the pending map before it is settled, its timer is cleared on confirmation, and closing the channel rejects whatever is still pending.
export interface HutChannel {
  send(frame: string): void;
  onFrame(handler: (frame: string) => void): void;
  onClose(handler: (reason: string) => void): void;
}

export interface BookingRequest {
  hutId: string;
  lake: string;
  nights: number;
  anglers: number;
}

export interface BookingConfirmation {
  requestId: string;
  hutId: string;
  augerIncluded: boolean;
  pricePaidCents: number;
}

interface Pending {
  resolve: (c: BookingConfirmation) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

type Frame =
  | { type: 'confirmed'; requestId: string; hutId: string; auger: boolean; price: number }
  | { type: 'refused'; requestId: string; reason: string };

export class HutBookingClient {
  private pending = new Map<string, Pending>();
  private seq = 0;
  private closed = false;

  constructor(private channel: HutChannel, private timeoutMs = 15_000) {
    channel.onFrame((raw) => this.handleFrame(raw));
    channel.onClose((reason) => this.failAll(new Error(`booking channel closed: ${reason}`)));
  }

  book(req: BookingRequest): Promise<BookingConfirmation> {
    if (this.closed) return Promise.reject(new Error('booking channel is closed'));
    const requestId = `bk-${Date.now().toString(36)}-${++this.seq}`;
    const { promise, resolve, reject } = Promise.withResolvers<BookingConfirmation>();
    const timer = setTimeout(() => {
      if (this.pending.delete(requestId)) {
        reject(new Error(`no answer for booking ${requestId} on hut ${req.hutId}`));
      }
    }, this.timeoutMs);
    this.pending.set(requestId, { resolve, reject, timer });
    try {
      this.channel.send(JSON.stringify({ type: 'book', requestId, ...req }));
    } catch (err) {
      clearTimeout(timer);
      this.pending.delete(requestId);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
    return promise;
  }

  private handleFrame(raw: string): void {
    let frame: Frame;
    try {
      frame = JSON.parse(raw) as Frame;
    } catch {
      return;
    }
    const entry = this.pending.get(frame.requestId);
    if (!entry) return;
    this.pending.delete(frame.requestId);
    clearTimeout(entry.timer);
    if (frame.type === 'confirmed') {
      entry.resolve({
        requestId: frame.requestId,
        hutId: frame.hutId,
        augerIncluded: frame.auger,
        pricePaidCents: frame.price,
      });
    } else {
      entry.reject(new Error(`booking refused: ${frame.reason}`));
    }
  }

  private failAll(err: Error): void {
    this.closed = true;
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      this.pending.delete(id);
      entry.reject(err);
    }
  }

  get inFlight(): number {
    return this.pending.size;
  }
}
