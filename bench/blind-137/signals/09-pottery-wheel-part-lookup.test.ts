// expect: no-swallowed-abort
// lookupPart retries every failure including the caller's abort and then throws a generic Error, so cancellation surfaces as an ordinary lookup failure.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Part {
  sku: string;
  name: string;
  fits: string[];
  stock: number;
}

interface PartsCatalog {
  getPart(sku: string, options: { signal: AbortSignal }): Promise<Part>;
}

async function lookupPart(
  catalog: PartsCatalog,
  sku: string,
  options: { signal: AbortSignal; attempts?: number; attemptTimeoutMs?: number },
): Promise<Part> {
  const attempts = options.attempts ?? 3;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const attemptSignal = AbortSignal.any([
      options.signal,
      AbortSignal.timeout(options.attemptTimeoutMs ?? 2_000),
    ]);
    try {
      return await catalog.getPart(sku, { signal: attemptSignal });
    } catch (err) {
      lastError = err;
    }
  }
  throw new Error(`part ${sku} unavailable after ${attempts} attempts`, { cause: lastError });
}

class FlakyCatalog implements PartsCatalog {
  calls = 0;
  failuresLeft = 0;
  readonly parts = new Map<string, Part>();

  async getPart(sku: string, { signal }: { signal: AbortSignal }): Promise<Part> {
    this.calls += 1;
    signal.throwIfAborted();
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error('ECONNRESET');
    }
    const part = this.parts.get(sku);
    if (!part) throw new Error(`unknown sku ${sku}`);
    return part;
  }
}

describe('lookupPart', () => {
  let catalog: FlakyCatalog;
  let controller: AbortController;

  before(() => {
    catalog = new FlakyCatalog();
    catalog.parts.set('BLT-220', { sku: 'BLT-220', name: 'drive belt', fits: ['shimpo-vl-whisper'], stock: 4 });
    controller = new AbortController();
  });

  after(() => {
    controller.abort();
  });

  test('returns the part on the first try', async () => {
    const part = await lookupPart(catalog, 'BLT-220', { signal: controller.signal });
    assert.equal(part.name, 'drive belt');
  });

  test('retries transient failures', async () => {
    catalog.calls = 0;
    catalog.failuresLeft = 2;
    const part = await lookupPart(catalog, 'BLT-220', { signal: controller.signal });
    assert.equal(part.stock, 4);
    assert.equal(catalog.calls, 3);
  });

  test('gives up after the configured attempts', async () => {
    catalog.calls = 0;
    catalog.failuresLeft = 5;
    await assert.rejects(
      lookupPart(catalog, 'BLT-220', { signal: controller.signal, attempts: 2 }),
      /unavailable after 2 attempts/,
    );
    assert.equal(catalog.calls, 2);
    catalog.failuresLeft = 0;
  });
});
