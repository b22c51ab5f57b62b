// expect: no-read-before-settle
// isReadyToPour triggers a probe reading and immediately reads this.latestC, which is only written by the 'reading' listener when the probe answers later, so it decides on the previous (or missing) temperature.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

class FakeProbe extends EventEmitter {
  queue: number[] = [];

  request(): void {
    const next = this.queue.shift();
    setImmediate(() => {
      if (next === undefined) this.emit('error', new Error('probe returned no sample'));
      else this.emit('reading', next);
    });
  }
}

class MeltSupervisor {
  private latestC: number | undefined;
  readonly log: string[] = [];

  constructor(private readonly probe: FakeProbe, private readonly pourAtC: number) {
    probe.on('reading', (celsius: number) => {
      this.latestC = celsius;
      this.log.push(`melt at ${celsius}C`);
    });
    probe.on('error', (err: Error) => this.log.push(`probe error: ${err.message}`));
  }

  isReadyToPour(): boolean {
    this.probe.request();
    return this.latestC !== undefined && this.latestC >= this.pourAtC;
  }

  close(): void {
    this.probe.removeAllListeners();
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('MeltSupervisor', () => {
  let probe: FakeProbe;
  let supervisor: MeltSupervisor;

  beforeEach(() => {
    probe = new FakeProbe();
    supervisor = new MeltSupervisor(probe, 1_120);
  });

  afterEach(() => {
    supervisor.close();
    mock.restoreAll();
  });

  it('requests a fresh reading every time it is asked', () => {
    const request = mock.method(probe, 'request');
    probe.queue.push(900, 1_000);
    supervisor.isReadyToPour();
    supervisor.isReadyToPour();
    assert.equal(request.mock.callCount(), 2);
  });

  it('says yes once the bronze is hot enough', async () => {
    probe.queue.push(1_150);
    const ready = supervisor.isReadyToPour();
    await tick();
    assert.equal(ready, true);
    assert.deepEqual(supervisor.log, ['melt at 1150C']);
  });

  it('says no while the melt is still cold', async () => {
    probe.queue.push(980);
    assert.equal(supervisor.isReadyToPour(), false);
    await tick();
    assert.deepEqual(supervisor.log, ['melt at 980C']);
  });

  it('logs probe failures', async () => {
    supervisor.isReadyToPour();
    await tick();
    assert.deepEqual(supervisor.log, ['probe error: probe returned no sample']);
  });
});
