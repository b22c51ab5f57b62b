// expect: none
// Every waiter is created before the action that fires it and listens for both the success and the failure event, so each settles once.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventEmitter } from 'node:events';

interface BlockRequest {
  pattern: 'log-cabin' | 'flying-geese' | 'nine-patch';
  size: number;
}

class RenderQueue extends EventEmitter {
  private pending: BlockRequest[] = [];

  push(req: BlockRequest) {
    this.pending.push(req);
    setImmediate(() => this.drain());
  }

  private drain() {
    const next = this.pending.shift();
    if (!next) return;
    if (next.size <= 0) {
      this.emit('failed', new Error(`invalid block size ${next.size}`));
      return;
    }
    this.emit('rendered', { ...next, svg: `<svg data-pattern="${next.pattern}"/>` });
  }
}

function nextOutcome(queue: RenderQueue): Promise<{ svg: string }> {
  return new Promise((resolve, reject) => {
    const onRendered = (out: { svg: string }) => {
      queue.off('failed', onFailed);
      resolve(out);
    };
    const onFailed = (err: Error) => {
      queue.off('rendered', onRendered);
      reject(err);
    };
    queue.once('rendered', onRendered);
    queue.once('failed', onFailed);
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

describe('quilting bee block renderer', () => {
  let queue: RenderQueue;
  let server: Server;
  let port: number;

  beforeEach(async () => {
    queue = new RenderQueue();
    server = createServer((req, res) => {
      const size = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('size'));
      const outcome = nextOutcome(queue);
      queue.push({ pattern: 'log-cabin', size });
      outcome.then(
        (out) => res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(out.svg),
        (err: Error) => res.writeHead(422).end(err.message),
      );
    });
    port = await listen(server);
  });

  afterEach(async () => {
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  it('renders a block through the queue', async () => {
    const waiting = nextOutcome(queue);
    queue.push({ pattern: 'flying-geese', size: 12 });
    const out = await waiting;
    assert.match(out.svg, /flying-geese/);
  });

  it('rejects an invalid block size', async () => {
    const waiting = nextOutcome(queue);
    queue.push({ pattern: 'nine-patch', size: 0 });
    await assert.rejects(waiting, /invalid block size 0/);
  });

  it('serves rendered blocks over http', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/block?size=9`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /log-cabin/);
  });
});
