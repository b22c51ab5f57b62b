// expect: none
// On a transient read failure the .catch handler calls this.readCents(note) again, starting a brand-new measurement rather than returning the already-rejected promise, and the tests show the second read is really made.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Strobe {
  readCents(note: string): Promise<number>;
  shutdown(): Promise<void>;
}

class TransientStrobeError extends Error {}

function isTransient(err: unknown): boolean {
  return err instanceof TransientStrobeError;
}

class StringTuner {
  constructor(
    private readonly strobe: Strobe,
    private readonly wait: (ms: number) => Promise<void>,
    private readonly retryMs = 300,
  ) {}

  readCents(note: string): Promise<number> {
    return this.strobe.readCents(note);
  }

  settle(note: string): Promise<number> {
    return this.readCents(note).catch(async (err: unknown) => {
      if (!isTransient(err)) throw err;
      await this.wait(this.retryMs);
      return this.readCents(note);
    });
  }

  async sweep(notes: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const note of notes) out.set(note, await this.settle(note));
    return out;
  }

  async close(): Promise<void> {
    await this.strobe.shutdown();
  }
}

describe('StringTuner', () => {
  let readCents: ReturnType<typeof mock.fn<Strobe['readCents']>>;
  let shutdown: ReturnType<typeof mock.fn<Strobe['shutdown']>>;
  let wait: ReturnType<typeof mock.fn<(ms: number) => Promise<void>>>;
  let tuner: StringTuner;

  beforeEach(() => {
    readCents = mock.fn<Strobe['readCents']>(async () => 0.4);
    shutdown = mock.fn<Strobe['shutdown']>(async () => {});
    wait = mock.fn<(ms: number) => Promise<void>>(async () => {});
    tuner = new StringTuner({ readCents, shutdown }, wait, 300);
  });

  afterEach(async () => {
    await tuner.close();
    mock.restoreAll();
  });

  it('retries once after a transient strobe glitch', async () => {
    readCents.mock.mockImplementationOnce(async () => {
      throw new TransientStrobeError('strobe lost lock');
    });
    assert.equal(await tuner.settle('F3'), 0.4);
    assert.equal(readCents.mock.callCount(), 2);
    assert.deepEqual(wait.mock.calls.map((c) => c.arguments[0]), [300]);
  });

  it('does not retry permanent failures', async () => {
    readCents.mock.mockImplementation(async () => {
      throw new Error('no such course on this instrument');
    });
    await assert.rejects(tuner.settle('B9'), /no such course/);
    assert.equal(readCents.mock.callCount(), 1);
    assert.equal(wait.mock.callCount(), 0);
  });

  it('sweeps notes in order', async () => {
    const offsets: Record<string, number> = { C4: -1.2, D4: 0.3, E4: 2.5 };
    readCents.mock.mockImplementation(async (note) => offsets[note] ?? 0);
    const result = await tuner.sweep(['C4', 'D4', 'E4']);
    assert.deepEqual([...result.entries()], [['C4', -1.2], ['D4', 0.3], ['E4', 2.5]]);
  });

  it('shuts the strobe down on close', async () => {
    await tuner.close();
    assert.equal(shutdown.mock.callCount(), 1);
  });
});
