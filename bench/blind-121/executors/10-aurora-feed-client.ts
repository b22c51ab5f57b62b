// expect: no-multiple-settle
// On a 'nack' reply the pending entry is removed and its timer cleared but neither resolve nor reject is called, so that subscribe() promise never settles.
export interface SubscriptionAck {
  id: string;
  region: string;
  minKp: number;
}

export interface AuroraAlert {
  region: string;
  kp: number;
  bz: number;
  issuedAt: string;
}

type FeedMessage =
  | { kind: 'ack'; id: string; region: string; minKp: number }
  | { kind: 'nack'; id: string; reason: string }
  | ({ kind: 'alert' } & AuroraAlert);

interface PendingSubscription {
  resolve: (ack: SubscriptionAck) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class AuroraFeedClient {
  private readonly pending = new Map<string, PendingSubscription>();
  private readonly alertListeners = new Set<(alert: AuroraAlert) => void>();
  private nextId = 1;

  constructor(
    private readonly ws: WebSocket,
    private readonly ackTimeoutMs = 5000,
  ) {
    ws.addEventListener('message', (ev) => this.onMessage(ev));
    ws.addEventListener('close', () => this.failAll(new Error('aurora feed connection closed')));
  }

  onAlert(listener: (alert: AuroraAlert) => void): () => void {
    this.alertListeners.add(listener);
    return () => this.alertListeners.delete(listener);
  }

  subscribe(region: string, minKp: number): Promise<SubscriptionAck> {
    const id = `sub-${this.nextId++}`;
    const { promise, resolve, reject } = Promise.withResolvers<SubscriptionAck>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      reject(new Error(`no acknowledgement for ${region} subscription after ${this.ackTimeoutMs}ms`));
    }, this.ackTimeoutMs);
    this.pending.set(id, { resolve, reject, timer });
    this.ws.send(JSON.stringify({ op: 'subscribe', id, region, minKp }));
    return promise;
  }

  private onMessage(ev: MessageEvent): void {
    let msg: FeedMessage;
    try {
      msg = JSON.parse(String(ev.data)) as FeedMessage;
    } catch {
      return;
    }
    if (msg.kind === 'alert') {
      for (const listener of this.alertListeners) listener(msg);
      return;
    }
    const entry = this.pending.get(msg.id);
    if (!entry) return;
    this.pending.delete(msg.id);
    clearTimeout(entry.timer);
    if (msg.kind === 'ack') {
      entry.resolve({ id: msg.id, region: msg.region, minKp: msg.minKp });
    } else if (msg.kind === 'nack') {
      console.warn(`aurora feed refused subscription ${msg.id}: ${msg.reason}`);
    }
  }

  private failAll(err: Error): void {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(err);
      this.pending.delete(id);
    }
  }
}
