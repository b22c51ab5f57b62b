// expect: none
// Each pending shade request is removed from the map and its timer cleared before it is settled, so a reply, the timeout, close() or a failed send can only ever settle it once.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface IrisScan {
  patientId: string;
  eye: 'left' | 'right';
  rgb: [number, number, number];
  limbalRingMm: number;
}

interface ShadeReply {
  requestId: number;
  shadeCode: string;
  deltaE: number;
}

interface Transport {
  send(message: { requestId: number; scan: IrisScan }): void;
  onReply(handler: (reply: ShadeReply) => void): void;
}

interface Pending {
  resolve: (reply: ShadeReply) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

class ShadeMatchClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly transport: Transport, private readonly timeoutMs = 5_000) {
    transport.onReply((reply) => this.handleReply(reply));
  }

  match(scan: IrisScan): Promise<ShadeReply> {
    const requestId = this.nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<ShadeReply>();
    const timer = setTimeout(() => {
      this.pending.delete(requestId);
      reject(new Error(`shade match ${requestId} timed out`));
    }, this.timeoutMs);
    this.pending.set(requestId, { resolve, reject, timer });
    try {
      this.transport.send({ requestId, scan });
    } catch (err) {
      this.pending.delete(requestId);
      clearTimeout(timer);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
    return promise;
  }

  close(): void {
    for (const [requestId, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(new Error(`client closed with request ${requestId} pending`));
    }
    this.pending.clear();
  }

  get inFlight(): number {
    return this.pending.size;
  }

  private handleReply(reply: ShadeReply): void {
    const entry = this.pending.get(reply.requestId);
    if (!entry) return;
    this.pending.delete(reply.requestId);
    clearTimeout(entry.timer);
    entry.resolve(reply);
  }
}

class FakeTransport implements Transport {
  sent: Array<{ requestId: number; scan: IrisScan }> = [];
  failNextSend = false;
  private handler: ((reply: ShadeReply) => void) | undefined;

  send(message: { requestId: number; scan: IrisScan }): void {
    if (this.failNextSend) {
      this.failNextSend = false;
      throw new Error('lab link down');
    }
    this.sent.push(message);
  }

  onReply(handler: (reply: ShadeReply) => void): void {
    this.handler = handler;
  }

  reply(reply: ShadeReply): void {
    this.handler?.(reply);
  }
}

const scan: IrisScan = { patientId: 'P-2291', eye: 'left', rgb: [112, 86, 54], limbalRingMm: 0.6 };

describe('ShadeMatchClient', () => {
  let transport: FakeTransport;
  let client: ShadeMatchClient;

  beforeEach(() => {
    vi.useFakeTimers();
    transport = new FakeTransport();
    client = new ShadeMatchClient(transport, 5_000);
  });

  afterEach(() => {
    client.close();
    vi.useRealTimers();
  });

  it('resolves with the lab reply for the matching request', async () => {
    const result = client.match(scan);
    const [{ requestId }] = transport.sent as [{ requestId: number; scan: IrisScan }];
    transport.reply({ requestId, shadeCode: 'HZ-14', deltaE: 1.8 });
    await expect(result).resolves.toEqual({ requestId, shadeCode: 'HZ-14', deltaE: 1.8 });
    expect(client.inFlight).toBe(0);
  });

  it('rejects after the timeout and ignores a late reply', async () => {
    const result = client.match(scan);
    const assertion = expect(result).rejects.toThrow(/timed out/);
    await vi.advanceTimersByTimeAsync(5_000);
    await assertion;
    transport.reply({ requestId: 1, shadeCode: 'HZ-14', deltaE: 1.8 });
    expect(client.inFlight).toBe(0);
  });

  it('rejects pending requests on close', async () => {
    const result = client.match(scan);
    client.close();
    await expect(result).rejects.toThrow(/closed/);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects immediately when the transport cannot send', async () => {
    transport.failNextSend = true;
    await expect(client.match(scan)).rejects.toThrow('lab link down');
    expect(client.inFlight).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
