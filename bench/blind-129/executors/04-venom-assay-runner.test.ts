// expect: no-multiple-settle
// AssayRunner.run never clears its timeout when the matching result arrives, so the timer later calls reject on a promise that already resolved.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface AssayResult {
  sampleId: string;
  melittinMgPerMl: number;
  phospholipaseUnits: number;
}

class FakeAssayDevice extends EventEmitter {
  started: string[] = [];
  start(sampleId: string): void {
    this.started.push(sampleId);
  }
}

class AssayRunner {
  constructor(
    private readonly device: FakeAssayDevice,
    private readonly timeoutMs = 30_000,
  ) {}

  run(sampleId: string): Promise<AssayResult> {
    return new Promise<AssayResult>((resolve, reject) => {
      const onResult = (result: AssayResult) => {
        if (result.sampleId !== sampleId) return;
        this.device.off('result', onResult);
        this.device.off('fault', onFault);
        resolve(result);
      };
      const onFault = (err: Error) => {
        clearTimeout(timer);
        this.device.off('result', onResult);
        reject(err);
      };
      const timer = setTimeout(() => {
        this.device.off('result', onResult);
        this.device.off('fault', onFault);
        reject(new Error(`assay for ${sampleId} timed out after ${this.timeoutMs}ms`));
      }, this.timeoutMs);

      this.device.on('result', onResult);
      this.device.once('fault', onFault);
      this.device.start(sampleId);
    });
  }
}

describe('AssayRunner', () => {
  let device: FakeAssayDevice;
  let runner: AssayRunner;

  beforeEach(() => {
    vi.useFakeTimers();
    device = new FakeAssayDevice();
    runner = new AssayRunner(device, 1_000);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the result for the requested sample', async () => {
    const pending = runner.run('BV-2291');
    device.emit('result', { sampleId: 'BV-2290', melittinMgPerMl: 1.1, phospholipaseUnits: 8 });
    device.emit('result', { sampleId: 'BV-2291', melittinMgPerMl: 1.4, phospholipaseUnits: 11 });
    await expect(pending).resolves.toMatchObject({ sampleId: 'BV-2291', melittinMgPerMl: 1.4 });
    expect(device.started).toEqual(['BV-2291']);
  });

  it('rejects when the device reports a fault', async () => {
    const pending = runner.run('BV-2292');
    device.emit('fault', new Error('column pressure high'));
    await expect(pending).rejects.toThrow('column pressure high');
    expect(device.listenerCount('result')).toBe(0);
  });

  it('times out when no result arrives', async () => {
    const pending = runner.run('BV-2293');
    const assertion = expect(pending).rejects.toThrow(/timed out after 1000ms/);
    await vi.advanceTimersByTimeAsync(1_000);
    await assertion;
    expect(device.listenerCount('fault')).toBe(0);
  });
});
