// expect: no-multiple-settle
// nextFlush() subscribes with on() instead of once(), so its listener stays registered and calls resolve again on every later flush.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Strike {
  bell: number;
  velocity: number;
  at: number;
}

/** Records clavier strikes from the tower's MIDI bridge and batches them for the recital log. */
class ClavierRecorder extends EventEmitter {
  readonly strikes: Strike[] = [];
  readonly flushed: Strike[][] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly batchMs: number) {
    super();
  }

  strike(bell: number, velocity: number): void {
    const s = { bell, velocity, at: Date.now() };
    this.strikes.push(s);
    this.emit('strike', s);
    this.flushTimer ??= setTimeout(() => this.flush(), this.batchMs);
  }

  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.strikes.length === 0) return;
    const batch = this.strikes.splice(0);
    this.flushed.push(batch);
    this.emit('flushed', batch);
  }

  close(): void {
    this.flush();
    this.removeAllListeners();
  }
}

function nextFlush(recorder: ClavierRecorder): Promise<Strike[]> {
  return new Promise<Strike[]>((resolve) => {
    recorder.on('flushed', (batch: Strike[]) => resolve(batch));
  });
}

describe('ClavierRecorder', () => {
  let recorder: ClavierRecorder;

  beforeEach(() => {
    recorder = new ClavierRecorder(20);
  });

  afterEach(() => {
    recorder.close();
  });

  it('batches strikes played close together', async () => {
    const flushed = nextFlush(recorder);
    recorder.strike(1, 90);
    recorder.strike(5, 60);
    recorder.strike(8, 75);

    const batch = await flushed;

    assert.deepEqual(
      batch.map((s) => s.bell),
      [1, 5, 8],
    );
    assert.equal(recorder.flushed.length, 1);
  });

  it('starts a new batch after a pause between phrases', async () => {
    const firstPhrase = nextFlush(recorder);
    recorder.strike(3, 80);
    await firstPhrase;

    const secondPhrase = nextFlush(recorder);
    recorder.strike(4, 82);
    recorder.strike(6, 70);
    const batch = await secondPhrase;

    assert.equal(batch.length, 2);
    assert.equal(recorder.flushed.length, 2);
  });

  it('emits each strike as it is played', () => {
    const heard: number[] = [];
    recorder.on('strike', (s: Strike) => heard.push(s.bell));

    recorder.strike(12, 100);
    recorder.strike(2, 40);

    assert.deepEqual(heard, [12, 2]);
  });

  it('flushes whatever is pending on close', () => {
    recorder.strike(7, 55);
    recorder.close();
    assert.equal(recorder.flushed.length, 1);
  });
});
