// expect: none
// Each deferred is removed from the pending map before it settles, so repeated or late replies find nothing; timeouts are cleared, the open() handlers remove each other, and 'close' rejects whatever is still pending.
export interface PoolSlot {
  pool: 'cedar' | 'sulfur' | 'moonlight' | 'family';
  start: string;
  minutes: number;
}

export interface BookingConfirmation {
  bookingId: string;
  slot: PoolSlot;
  towelCount: number;
}

type Reply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string };

interface Pending {
  deferred: PromiseWithResolvers<unknown>;
  timer: ReturnType<typeof setTimeout>;
}

export class PoolBookingClient {
  private ws: WebSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly url: string, private readonly replyTimeoutMs = 10_000) {}

  open(): Promise<void> {
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    const ws = new WebSocket(this.url);
    this.ws = ws;

    const onOpen = () => {
      ws.removeEventListener('close', onEarlyClose);
      resolve();
    };
    const onEarlyClose = (ev: CloseEvent) => {
      ws.removeEventListener('open', onOpen);
      reject(new Error(`could not reach booking desk at ${this.url} (${ev.code})`));
    };
    ws.addEventListener('open', onOpen, { once: true });
    // A failed handshake fires 'error' and then 'close'; only 'close' settles.
    ws.addEventListener('close', onEarlyClose, { once: true });

    ws.addEventListener('close', (ev) => this.failAll(new Error(`booking socket closed (${ev.code})`)));
    ws.addEventListener('message', (ev) => this.onMessage(ev.data));
    return promise;
  }

  private onMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    let reply: Reply;
    try {
      reply = JSON.parse(data) as Reply;
    } catch {
      return;
    }
    const entry = this.pending.get(reply.id);
    if (!entry) return; // late or duplicate reply
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.ok) entry.deferred.resolve(reply.result);
    else entry.deferred.reject(new Error(reply.error));
  }

  private failAll(err: Error): void {
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      clearTimeout(entry.timer);
      entry.deferred.reject(err);
    }
  }

  private call<T>(method: string, params: unknown): Promise<T> {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error('booking socket is not open'));
    }
    const id = this.nextId++;
    const deferred = Promise.withResolvers<unknown>();
    const timer = setTimeout(() => {
      if (this.pending.delete(id)) deferred.reject(new Error(`${method} timed out`));
    }, this.replyTimeoutMs);
    this.pending.set(id, { deferred, timer });
    this.ws.send(JSON.stringify({ id, method, params }));
    return deferred.promise as Promise<T>;
  }

  book(slot: PoolSlot, guestId: string): Promise<BookingConfirmation> {
    return this.call<BookingConfirmation>('book', { slot, guestId });
  }

  cancel(bookingId: string): Promise<void> {
    return this.call<void>('cancel', { bookingId });
  }

  close(): void {
    this.ws?.close(1000, 'bye');
  }
}
