// expect: none
// The waitForEvent helper clears its timer and detaches both the event and 'error' listeners on every path, so it settles exactly once.
import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Telemetry {
  altitudeM: number;
  pressureHpa: number;
  tempC: number;
  ascentRateMs: number;
}

class LaunchController extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private altitudeM = 0;

  constructor(
    private readonly burstAltitudeM: number,
    private readonly ascentRateMs: number,
  ) {
    super();
  }

  start(tickMs = 5): void {
    this.timer = setInterval(() => {
      this.altitudeM += this.ascentRateMs;
      const sample: Telemetry = {
        altitudeM: this.altitudeM,
        pressureHpa: 1013.25 * Math.exp(-this.altitudeM / 8434),
        tempC: 15 - 0.0065 * Math.min(this.altitudeM, 11_000),
        ascentRateMs: this.ascentRateMs,
      };
      this.emit('telemetry', sample);
      if (this.altitudeM >= this.burstAltitudeM) {
        this.stop();
        this.emit('burst', sample);
      }
    }, tickMs);
  }

  abortFlight(reason: string): void {
    this.stop();
    this.emit('error', new Error(`flight aborted: ${reason}`));
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

function waitForEvent<T>(emitter: EventEmitter, event: string, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      emitter.off(event, onEvent);
      emitter.off('error', onError);
    };
    const onEvent = (value: T) => {
      cleanup();
      resolve(value);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for '${event}'`));
    }, timeoutMs);
    emitter.on(event, onEvent);
    emitter.on('error', onError);
  });
}

describe('LaunchController', () => {
  let controller: LaunchController | undefined;

  afterEach(() => {
    controller?.stop();
    controller = undefined;
  });

  it('reports burst once the configured altitude is reached', async () => {
    controller = new LaunchController(500, 100);
    const burst = waitForEvent<Telemetry>(controller, 'burst', 1_000);
    controller.start(1);
    const sample = await burst;
    assert.equal(sample.altitudeM, 500);
    assert.ok(sample.pressureHpa < 1013.25);
  });

  it('surfaces an aborted flight as a rejection', async () => {
    controller = new LaunchController(30_000, 5);
    controller.start(1);
    const burst = waitForEvent<Telemetry>(controller, 'burst', 1_000);
    controller.abortFlight('helium leak');
    await assert.rejects(burst, /helium leak/);
  });

  it('times out when the balloon never gets high enough', async () => {
    controller = new LaunchController(1_000_000, 1);
    controller.start(5);
    await assert.rejects(waitForEvent<Telemetry>(controller, 'burst', 30), /timed out/);
    assert.equal(controller.listenerCount('burst'), 0);
    assert.equal(controller.listenerCount('error'), 0);
  });
});
