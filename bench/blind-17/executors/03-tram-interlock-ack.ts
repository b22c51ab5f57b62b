// expect: none
// Each deferred is settled once: the timer and the frame handler both remove the pending entry first, the timer is cleared on reply, and link close fails whatever is left.
import { EventEmitter } from 'node:events';

export interface RouteRequest {
  routeId: string;
  fromSignal: string;
  toSignal: string;
  tramId: string;
}

export interface RouteGrant {
  routeId: string;
  lockedPoints: string[];
  grantedAt: number;
}

interface InterlockFrame {
  seq: number;
  kind: 'grant' | 'deny';
  points?: string[];
  reason?: string;
}

export interface SignalLink extends EventEmitter {
  send(payload: Buffer): void;
}

export class InterlockTimeoutError extends Error {
  constructor(
    readonly seq: number,
    readonly routeId: string,
  ) {
    super(`interlocking did not answer route ${routeId} (seq ${seq})`);
  }
}

export class RouteDeniedError extends Error {}

interface Pending {
  routeId: string;
  resolve: (grant: RouteGrant) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class InterlockClient {
  private readonly pending = new Map<number, Pending>();
  private nextSeq = 1;

  constructor(
    private readonly link: SignalLink,
    private readonly timeoutMs = 1500,
  ) {
    link.on('frame', (frame: InterlockFrame) => this.onFrame(frame));
    link.on('close', () => this.failAll(new Error('interlocking link closed')));
  }

  requestRoute(route: RouteRequest): Promise<RouteGrant> {
    const seq = this.nextSeq++;
    const { promise, resolve, reject } = Promise.withResolvers<RouteGrant>();

    const timer = setTimeout(() => {
      this.pending.delete(seq);
      reject(new InterlockTimeoutError(seq, route.routeId));
    }, this.timeoutMs);
    this.pending.set(seq, { routeId: route.routeId, resolve, reject, timer });

    try {
      this.link.send(Buffer.from(JSON.stringify({ seq, op: 'SET_ROUTE', ...route })));
    } catch (err) {
      clearTimeout(timer);
      this.pending.delete(seq);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
    return promise;
  }

  private onFrame(frame: InterlockFrame): void {
    const entry = this.pending.get(frame.seq);
    if (!entry) return; // reply for a request we already gave up on
    this.pending.delete(frame.seq);
    clearTimeout(entry.timer);

    if (frame.kind === 'grant') {
      entry.resolve({ routeId: entry.routeId, lockedPoints: frame.points ?? [], grantedAt: Date.now() });
    } else {
      entry.reject(new RouteDeniedError(`route ${entry.routeId} denied: ${frame.reason ?? 'no reason given'}`));
    }
  }

  private failAll(err: Error): void {
    for (const entry of this.pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
    this.pending.clear();
  }
}
