// expect: none
// Every pending deferred is removed from the map before it is settled (by reply, timeout or socket close), so each booking request settles exactly once and none is left hanging.
export interface BookingRequest {
  hut: string;
  night: string;
  guests: number;
  leadGuide: string;
}

export interface BookingReply {
  requestId: string;
  status: 'confirmed' | 'waitlisted' | 'refused';
  bunks?: string[];
  reason?: string;
}

interface Pending {
  resolve: (reply: BookingReply) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class HutBookingChannel {
  private readonly pending = new Map<string, Pending>();
  private seq = 0;

  constructor(private readonly ws: WebSocket, private readonly replyTimeoutMs = 20_000) {
    ws.addEventListener('message', (ev) => this.onMessage(ev));
    ws.addEventListener('close', (ev) => this.failAll(`hut channel closed (${ev.code})`));
  }

  request(req: BookingRequest): Promise<BookingReply> {
    if (this.ws.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error('hut channel is not open'));
    }
    const requestId = `bk-${Date.now().toString(36)}-${++this.seq}`;
    const { promise, resolve, reject } = Promise.withResolvers<BookingReply>();

    const timer = setTimeout(() => {
      if (this.pending.delete(requestId)) {
        reject(new Error(`no reply from ${req.hut} warden for ${requestId}`));
      }
    }, this.replyTimeoutMs);

    this.pending.set(requestId, { resolve, reject, timer });
    this.ws.send(JSON.stringify({ type: 'book', requestId, ...req }));
    return promise;
  }

  private onMessage(ev: MessageEvent): void {
    let reply: BookingReply;
    try {
      reply = JSON.parse(String(ev.data)) as BookingReply;
    } catch {
      return;
    }
    const entry = this.pending.get(reply.requestId);
    if (!entry) return;
    this.pending.delete(reply.requestId);
    clearTimeout(entry.timer);
    entry.resolve(reply);
  }

  private failAll(reason: string): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(new Error(reason));
    }
  }

  get inFlight(): number {
    return this.pending.size;
  }
}

export async function bookTraverse(channel: HutBookingChannel, legs: BookingRequest[]): Promise<BookingReply[]> {
  const replies: BookingReply[] = [];
  for (const leg of legs) {
    const reply = await channel.request(leg);
    replies.push(reply);
    if (reply.status === 'refused') break;
  }
  return replies;
}
