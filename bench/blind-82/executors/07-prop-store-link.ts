// expect: no-multiple-settle
// request() arms a timeout that is never cleared when the reply arrives, so a resolved deferred is later rejected too (and counted as a timeout).
import { randomUUID } from 'node:crypto';

export interface PropRecord {
  propId: string;
  production: string;
  bay: string;
  condition: 'stage-ready' | 'needs-repair' | 'retired';
  lastUsed: string | null;
}

type StoreReply =
  | { requestId: string; kind: 'found'; record: PropRecord }
  | { requestId: string; kind: 'missing'; propId: string };

interface StoreLink extends EventTarget {
  send(payload: string): void;
  readonly connected: boolean;
}

interface Deferred {
  resolve: (record: PropRecord) => void;
  reject: (err: Error) => void;
}

export class PropTimeoutError extends Error {
  constructor(readonly propId: string, ms: number) {
    super(`prop store did not answer for ${propId} within ${ms}ms`);
    this.name = 'PropTimeoutError';
  }
}

export class PropStoreClient {
  private readonly pending = new Map<string, Deferred>();
  readonly metrics = { requests: 0, timeouts: 0, missing: 0 };

  constructor(private readonly link: StoreLink) {
    link.addEventListener('message', (event) => {
      this.onMessage((event as MessageEvent<string>).data);
    });
    link.addEventListener('close', () => {
      this.failAll(new Error('prop store link closed'));
    });
  }

  request(propId: string, timeoutMs = 8_000): Promise<PropRecord> {
    if (!this.link.connected) {
      return Promise.reject(new Error('prop store link is not connected'));
    }

    const requestId = randomUUID();
    const { promise, resolve, reject } = Promise.withResolvers<PropRecord>();
    this.pending.set(requestId, { resolve, reject });
    this.metrics.requests += 1;

    setTimeout(() => {
      this.pending.delete(requestId);
      this.metrics.timeouts += 1;
      reject(new PropTimeoutError(propId, timeoutMs));
    }, timeoutMs);

    this.link.send(JSON.stringify({ requestId, op: 'lookup', propId }));
    return promise;
  }

  private onMessage(raw: string): void {
    let reply: StoreReply;
    try {
      reply = JSON.parse(raw) as StoreReply;
    } catch {
      return;
    }

    const deferred = this.pending.get(reply.requestId);
    if (!deferred) return;
    this.pending.delete(reply.requestId);

    if (reply.kind === 'found') {
      deferred.resolve(reply.record);
    } else {
      this.metrics.missing += 1;
      deferred.reject(new Error(`prop ${reply.propId} is not catalogued`));
    }
  }

  private failAll(err: Error): void {
    for (const deferred of this.pending.values()) deferred.reject(err);
    this.pending.clear();
  }
}

export async function stageReadyProps(client: PropStoreClient, propIds: string[]): Promise<PropRecord[]> {
  const ready: PropRecord[] = [];
  for (const propId of propIds) {
    const record = await client.request(propId);
    if (record.condition === 'stage-ready') ready.push(record);
  }
  return ready;
}
