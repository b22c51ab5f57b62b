// expect: none
// The listen promise is returned from beforeEach (the runner awaits it), and each once() promise is created just before the synchronous push and awaited immediately, so no stored promise is ever left without a handler.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

class ThumbnailQueue extends EventEmitter {
  constructor(private readonly origin: string) {
    super();
  }

  push(job: { id: string; path: string; width: number }): void {
    fetch(`${this.origin}/resize?path=${encodeURIComponent(job.path)}&w=${job.width}`)
      .then(async (res) => {
        if (!res.ok) throw new Error(`resize failed with ${res.status}`);
        const bytes = (await res.arrayBuffer()).byteLength;
        this.emit('done', job.id, bytes);
      })
      .catch((err: unknown) => this.emit('failed', job.id, err));
  }
}

describe('ThumbnailQueue', () => {
  let server: Server;
  let ready: Promise<AddressInfo>;

  beforeEach(() => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.searchParams.get('path')?.endsWith('.heic')) {
        res.writeHead(415).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'image/webp' }).end(Buffer.alloc(1234));
    });
    ready = new Promise<AddressInfo>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
    });
    return ready;
  });

  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('emits done with the resized byte size', async () => {
    const { port } = await ready;
    const queue = new ThumbnailQueue(`http://127.0.0.1:${port}`);
    const done = once(queue, 'done');
    queue.push({ id: 'j1', path: 'uploads/cat.jpg', width: 320 });
    const [id, bytes] = await done;
    assert.equal(id, 'j1');
    assert.equal(bytes, 1234);
  });

  it('emits failed for unsupported formats', async () => {
    const { port } = await ready;
    const queue = new ThumbnailQueue(`http://127.0.0.1:${port}`);
    const failed = once(queue, 'failed');
    queue.push({ id: 'j2', path: 'uploads/live.heic', width: 320 });
    const [id, err] = await failed;
    assert.equal(id, 'j2');
    assert.match((err as Error).message, /415/);
  });
});
