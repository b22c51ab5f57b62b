// expect: none
// Each once() waiter is created before the action that fires it and is joined with that action in Promise.all or awaited right after a synchronous call; promises handed to assert.rejects are observed by it.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { once, EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

class DomeController extends EventEmitter {
  azimuth = 0;
  shutter: 'open' | 'closed' = 'closed';

  constructor(private readonly baseUrl: string) {
    super();
  }

  async rotate(target: number): Promise<number> {
    if (target < 0 || target >= 360) throw new RangeError(`azimuth ${target} out of range`);
    const res = await fetch(`${this.baseUrl}/rotate?az=${target}`, { method: 'POST' });
    if (!res.ok) throw new Error(`rotate failed: ${res.status}`);
    this.azimuth = target;
    this.emit('rotated', target);
    return target;
  }

  close(): void {
    this.shutter = 'closed';
    setImmediate(() => this.emit('closed', { shutter: this.shutter }));
  }
}

describe('DomeController', () => {
  let server: Server;
  let dome: DomeController;
  let rotateRequests: string[];

  beforeEach(async () => {
    rotateRequests = [];
    server = createServer((req, res) => {
      rotateRequests.push(req.url ?? '');
      const az = Number(new URL(req.url ?? '/', 'http://dome').searchParams.get('az'));
      res.statusCode = az === 180 ? 503 : 200;
      res.end();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    dome = new DomeController(`http://127.0.0.1:${port}`);
  });

  afterEach(async () => {
    dome.removeAllListeners();
    server.close();
    await once(server, 'close');
  });

  it('emits rotated with the new azimuth', async () => {
    const rotated = once(dome, 'rotated');
    const [[az], result] = await Promise.all([rotated, dome.rotate(90)]);

    assert.equal(result, 90);
    assert.equal(az, 90);
    assert.deepEqual(rotateRequests, ['/rotate?az=90']);
  });

  it('announces the shutter closing', async () => {
    const closed = once(dome, 'closed');
    dome.close();
    const [state] = await closed;

    assert.deepEqual(state, { shutter: 'closed' });
  });

  it('rejects out-of-range targets without calling the drive', async () => {
    await assert.rejects(dome.rotate(400), RangeError);
    assert.equal(rotateRequests.length, 0);
  });

  it('reports drive faults and keeps the old azimuth', async () => {
    await dome.rotate(45);
    await assert.rejects(dome.rotate(180), /rotate failed: 503/);
    assert.equal(dome.azimuth, 45);
  });
});
