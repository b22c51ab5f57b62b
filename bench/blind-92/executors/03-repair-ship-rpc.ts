// expect: no-multiple-settle
// The reply handler only resolves when reply.ok is true; an error reply deletes the pending entry without rejecting its deferred, so that caller waits forever.
import { randomUUID } from 'node:crypto';

interface RpcReply {
  id: string;
  ok: boolean;
  result?: unknown;
  error?: { code: string; message: string };
}

type Pending = ReturnType<typeof Promise.withResolvers<unknown>>;

/**
 * Talks to the cable ship's onboard repair controller (ROV tether winch,
 * splice chamber, grapnel) over the satellite WebSocket link.
 */
export class RepairShipClient {
  private socket: WebSocket | null = null;
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly url: string) {}

  connect(): Promise<void> {
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    const socket = new WebSocket(this.url);
    const onOpen = () => {
      socket.removeEventListener('error', onError);
      resolve();
    };
    const onError = () => {
      socket.removeEventListener('open', onOpen);
      reject(new Error(`cannot reach ${this.url}`));
    };
    socket.addEventListener('open', onOpen, { once: true });
    socket.addEventListener('error', onError, { once: true });
    socket.addEventListener('message', (ev) => this.onMessage(ev));
    socket.addEventListener('close', () => this.failAll(new Error('satellite link closed')));
    this.socket = socket;
    return promise;
  }

  call<T>(method: string, params: Record<string, unknown>): Promise<T> {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error('not connected'));
    }
    const id = randomUUID();
    const deferred = Promise.withResolvers<unknown>();
    this.pending.set(id, deferred);
    this.socket.send(JSON.stringify({ id, method, params }));
    return deferred.promise as Promise<T>;
  }

  private onMessage(ev: MessageEvent): void {
    let reply: RpcReply;
    try {
      reply = JSON.parse(String(ev.data));
    } catch {
      return;
    }
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);

    if (reply.ok) {
      entry.resolve(reply.result);
    } else if (reply.error) {
      console.warn(`controller rejected ${reply.id}: ${reply.error.code} ${reply.error.message}`);
    }
  }

  private failAll(err: Error): void {
    for (const entry of this.pending.values()) entry.reject(err);
    this.pending.clear();
  }

  close(): void {
    this.socket?.close(1000, 'client done');
  }
}

export async function lowerGrapnel(client: RepairShipClient, depthM: number): Promise<number> {
  const { payoutM } = await client.call<{ payoutM: number }>('winch.payout', {
    drum: 'grapnel',
    targetDepthM: depthM,
    maxSpeedMps: 0.8,
  });
  return payoutM;
}

export async function spliceSegment(client: RepairShipClient, segmentId: string): Promise<string> {
  await client.call('chamber.seal', { segmentId });
  const { jointId } = await client.call<{ jointId: string }>('chamber.splice', {
    segmentId,
    fibrePairs: 8,
  });
  return jointId;
}
