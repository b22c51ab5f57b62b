// expect: none
// Each route request's deferred is removed from the pending map before it is settled, so reply, timeout and link loss can settle it only once.
import { EventEmitter } from 'node:events';

export type RouteState = 'set' | 'refused' | 'released';

interface InterlockingFrame {
  seq: number;
  kind: 'route-reply';
  routeId: string;
  state: RouteState;
  reason?: string;
}

interface SerialLink extends EventEmitter {
  send(frame: Buffer): void;
  close(): void;
}

interface PendingRoute {
  routeId: string;
  deferred: PromiseWithResolvers<RouteState>;
  timer: NodeJS.Timeout;
}

export class RouteRefusedError extends Error {
  constructor(readonly routeId: string, readonly reason: string) {
    super(`interlocking refused route ${routeId}: ${reason}`);
  }
}

export class InterlockingClient {
  private seq = 0;
  private readonly pending = new Map<number, PendingRoute>();

  constructor(private readonly link: SerialLink, private readonly replyTimeoutMs = 3_000) {
    link.on('frame', (raw: Buffer) => this.onFrame(raw));
    link.on('close', () => this.failAll(new Error('interlocking link closed')));
    link.on('error', (err: Error) => this.failAll(err));
  }

  requestRoute(routeId: string): Promise<RouteState> {
    const seq = ++this.seq;
    const deferred = Promise.withResolvers<RouteState>();
    const timer = setTimeout(() => {
      if (this.take(seq)) {
        deferred.reject(new Error(`no reply for route ${routeId} (seq ${seq})`));
      }
    }, this.replyTimeoutMs);
    this.pending.set(seq, { routeId, deferred, timer });
    this.link.send(Buffer.from(JSON.stringify({ seq, kind: 'route-request', routeId })));
    return deferred.promise;
  }

  private take(seq: number): PendingRoute | undefined {
    const entry = this.pending.get(seq);
    if (!entry) return undefined;
    this.pending.delete(seq);
    clearTimeout(entry.timer);
    return entry;
  }

  private onFrame(raw: Buffer): void {
    const frame = JSON.parse(raw.toString('utf8')) as InterlockingFrame;
    if (frame.kind !== 'route-reply') return;
    const entry = this.take(frame.seq);
    if (!entry) return;
    if (frame.state === 'refused') {
      entry.deferred.reject(new RouteRefusedError(entry.routeId, frame.reason ?? 'unspecified'));
    } else {
      entry.deferred.resolve(frame.state);
    }
  }

  private failAll(err: Error): void {
    for (const seq of [...this.pending.keys()]) {
      const entry = this.take(seq);
      entry?.deferred.reject(err);
    }
  }

  close(): void {
    this.failAll(new Error('interlocking client closed'));
    this.link.close();
  }
}
