// expect: none
// Each test creates its exposure promises and hands them to await, assert.rejects or Promise.all in the same synchronous stretch (mock.timers.tick is synchronous), so no promise is ever held unobserved across another await.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Shutter { open(): void; close(): void; readonly isOpen: boolean }
interface Frame { exposureMs: number; tracks: number }
interface Sensor { readFrame(exposureMs: number): Promise<Frame> }

class ExposureRunner {
  private busy = false;

  constructor(private readonly shutter: Shutter, private readonly sensor: Sensor) {}

  async expose(ms: number): Promise<Frame> {
    if (this.busy) throw new Error('already exposing');
    if (ms <= 0 || ms > 60_000) throw new RangeError(`exposure of ${ms} ms out of range`);
    this.busy = true;
    this.shutter.open();
    try {
      await new Promise<void>((resolve) => setTimeout(resolve, ms));
    } finally {
      this.shutter.close();
      this.busy = false;
    }
    return this.sensor.readFrame(ms);
  }
}

function fakeShutter(): Shutter & { opens: number } {
  let open = false;
  return {
    opens: 0,
    get isOpen() { return open; },
    open() { open = true; this.opens += 1; },
    close() { open = false; },
  };
}

describe('ExposureRunner', () => {
  let shutter: ReturnType<typeof fakeShutter>;
  let readFrame: ReturnType<typeof mock.fn<Sensor['readFrame']>>;
  let runner: ExposureRunner;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    shutter = fakeShutter();
    readFrame = mock.fn<Sensor['readFrame']>(async (exposureMs) => ({ exposureMs, tracks: 3 }));
    runner = new ExposureRunner(shutter, { readFrame });
  });

  afterEach(() => {
    mock.timers.reset();
    mock.restoreAll();
  });

  it('keeps the shutter open for the whole exposure', async () => {
    const exposure = runner.expose(2_000);
    assert.equal(shutter.isOpen, true);
    mock.timers.tick(2_000);
    const frame = await exposure;
    assert.equal(shutter.isOpen, false);
    assert.deepEqual(frame, { exposureMs: 2_000, tracks: 3 });
    assert.equal(readFrame.mock.callCount(), 1);
  });

  it('refuses a second exposure while one is running', async () => {
    const first = runner.expose(1_000);
    const second = assert.rejects(runner.expose(500), /already exposing/);
    mock.timers.tick(1_000);
    await Promise.all([first, second]);
    assert.equal(shutter.opens, 1);
  });

  it('rejects out-of-range exposures without touching the shutter', async () => {
    await assert.rejects(runner.expose(0), RangeError);
    await assert.rejects(runner.expose(120_000), RangeError);
    assert.equal(shutter.opens, 0);
  });

  it('closes the shutter even when the sensor read fails', async () => {
    readFrame.mock.mockImplementation(async () => { throw new Error('sensor saturated'); });
    const exposure = assert.rejects(runner.expose(750), /sensor saturated/);
    mock.timers.tick(750);
    await exposure;
    assert.equal(shutter.isOpen, false);
  });
});
