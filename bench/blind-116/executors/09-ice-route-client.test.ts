// expect: no-multiple-settle
// When a route request times out its stored deferred is rejected but left in the pending map, so a late reply from the routing worker calls resolve on the already-rejected request.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface RouteRequest {
  id: number;
  from: [number, number];
  to: [number, number];
  iceClass: 'PC3' | 'PC5' | 'PC7';
}

interface RouteReply {
  id: number;
  waypoints: Array<[number, number]>;
  nauticalMiles: number;
}

interface Port extends EventEmitter {
  postMessage(msg: RouteRequest): void;
}

interface Pending {
  resolve: (reply: RouteReply) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

class IceRouteClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly port: Port, private readonly timeoutMs = 5_000) {
    port.on('message', (reply: RouteReply) => {
      const entry = this.pending.get(reply.id);
      if (!entry) return;
      clearTimeout(entry.timer);
      this.pending.delete(reply.id);
      entry.resolve(reply);
    });
  }

  plan(from: [number, number], to: [number, number], iceClass: RouteRequest['iceClass']): Promise<RouteReply> {
    const id = this.nextId++;
    return new Promise<RouteReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`route ${id} timed out after ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.port.postMessage({ id, from, to, iceClass });
    });
  }

  get inFlight(): number {
    return this.pending.size;
  }
}

class FakeRouter extends EventEmitter implements Port {
  readonly received: RouteRequest[] = [];
  postMessage(msg: RouteRequest): void {
    this.received.push(msg);
  }
  reply(id: number, nauticalMiles: number): void {
    this.emit('message', { id, waypoints: [], nauticalMiles });
  }
}

describe('IceRouteClient', () => {
  let router: FakeRouter;
  let client: IceRouteClient;

  before(() => {
    router = new FakeRouter();
    client = new IceRouteClient(router, 50);
  });

  after(() => {
    router.removeAllListeners();
  });

  test('resolves with the matching reply', async () => {
    const pending = client.plan([69.7, 18.9], [78.2, 15.6], 'PC5');
    const sent = router.received.at(-1)!;
    router.reply(sent.id, 512);
    const reply = await pending;
    assert.equal(reply.nauticalMiles, 512);
    assert.equal(client.inFlight, 0);
  });

  test('rejects when the router does not answer in time', async () => {
    await assert.rejects(client.plan([70.1, 30.2], [76.0, 60.0], 'PC3'), /timed out/);
  });

  test('ignores replies for unknown ids', () => {
    router.reply(9999, 1);
    assert.equal(router.listenerCount('message'), 1);
  });
});
