// expect: none
// Both enqueue promises are combined with Promise.all in the same tick they are created, and the rejecting enqueue is handed straight to assert.rejects, so no job promise is ever pending without a handler.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

interface JobQueue {
  enqueue(job: { type: string; payload: Record<string, unknown> }): Promise<{ id: string; attempts: number }>;
  drain(): Promise<void>;
  close(): Promise<void>;
}
declare function createQueue(opts: { webhookUrl: string; concurrency: number; maxAttempts: number }): JobQueue;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

describe('webhook job queue', () => {
  const received: unknown[] = [];
  const receiver = createServer((req, res) => {
    readJson(req).then(
      (body) => {
        received.push(body);
        res.writeHead(204).end();
      },
      () => res.writeHead(400).end(),
    );
  });
  let queue: JobQueue;

  before(async () => {
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
  });

  after(async () => {
    await queue.close();
    receiver.close();
    await once(receiver, 'close');
  });

  beforeEach(async () => {
    if (queue) await queue.close();
    received.length = 0;
    const { port } = receiver.address() as AddressInfo;
    queue = createQueue({ webhookUrl: `http://127.0.0.1:${port}/hook`, concurrency: 2, maxAttempts: 3 });
  });

  it('delivers concurrently enqueued jobs', async () => {
    const invoice = queue.enqueue({ type: 'invoice.sent', payload: { invoiceId: 'inv_1' } });
    const reminder = queue.enqueue({ type: 'reminder.due', payload: { invoiceId: 'inv_2' } });
    const [a, b] = await Promise.all([invoice, reminder]);
    assert.notEqual(a.id, b.id);
    await queue.drain();
    assert.equal(received.length, 2);
  });

  it('rejects unknown job types without delivering', async () => {
    const bogus = queue.enqueue({ type: '', payload: {} });
    await assert.rejects(bogus, /job type/);
    await queue.drain();
    assert.deepEqual(received, []);
  });
});
