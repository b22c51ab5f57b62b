// expect: no-uncalled-async-function
// The afterEach hook does `await service.close` without calling it, so the worker thread is never terminated and each test leaks a live worker that keeps the node:test process from exiting.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';

type Reply = { id: number; rows?: string[]; error?: string };

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, size, seed }) => {
  if (!Number.isInteger(size) || size < 3 || size > 21) {
    parentPort.postMessage({ id, error: 'grid size must be an integer between 3 and 21' });
    return;
  }
  let state = seed >>> 0;
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0);
  const rows = [];
  for (let r = 0; r < size; r++) {
    let row = '';
    for (let c = 0; c < size; c++) row += next() % 7 === 0 ? '#' : '.';
    rows.push(row);
  }
  parentPort.postMessage({ id, rows });
});
`;

class GridService {
  private readonly worker = new Worker(WORKER_SOURCE, { eval: true });
  private readonly pending = new Map<number, { resolve: (rows: string[]) => void; reject: (err: Error) => void }>();
  private nextId = 1;

  constructor() {
    this.worker.on('message', (reply: Reply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.error) waiter.reject(new Error(reply.error));
      else waiter.resolve(reply.rows ?? []);
    });
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`grid worker exited with code ${code}`)));
  }

  generate(size: number, seed: number): Promise<string[]> {
    const id = this.nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<string[]>();
    this.pending.set(id, { resolve, reject });
    this.worker.postMessage({ id, size, seed });
    return promise;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private failAll(err: Error): void {
    const waiters = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiters) w.reject(err);
  }
}

describe('GridService', () => {
  let service: GridService;

  beforeEach(() => {
    service = new GridService();
  });

  afterEach(async () => {
    await service.close;
  });

  it('generates a square blank grid', async () => {
    const rows = await service.generate(15, 42);
    assert.equal(rows.length, 15);
    assert.ok(rows.every((r) => r.length === 15 && /^[.#]+$/.test(r)));
  });

  it('is deterministic for a given seed', async () => {
    const [a, b] = await Promise.all([service.generate(9, 7), service.generate(9, 7)]);
    assert.deepEqual(a, b);
  });

  it('rejects sizes outside the supported range', async () => {
    await assert.rejects(service.generate(2, 1), /between 3 and 21/);
  });
});
