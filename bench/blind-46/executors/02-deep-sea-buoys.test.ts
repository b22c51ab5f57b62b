// expect: none
// The nextFrame helper listens for telemetry, error and close, clears its timer and detaches every listener on each path.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface TelemetryFrame {
  buoyId: string;
  waveHeightM: number;
  waterTempC: number;
  batteryPct: number;
  seq: number;
}

class BuoySimulator extends EventEmitter {
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(readonly buoyId: string, private readonly periodMs: number) {
    super();
  }

  start(): void {
    this.timer = setInterval(() => {
      this.seq += 1;
      const frame: TelemetryFrame = {
        buoyId: this.buoyId,
        waveHeightM: 1.2 + (this.seq % 5) * 0.1,
        waterTempC: 4.1,
        batteryPct: 100 - this.seq,
        seq: this.seq,
      };
      this.emit('telemetry', frame);
    }, this.periodMs);
  }

  fail(reason: string): void {
    this.emit('error', new Error(reason));
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.emit('close');
  }
}

function nextFrame(sim: BuoySimulator, timeoutMs: number): Promise<TelemetryFrame> {
  return new Promise<TelemetryFrame>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      sim.off('telemetry', onFrame);
      sim.off('error', onError);
      sim.off('close', onClose);
    };
    const onFrame = (frame: TelemetryFrame) => {
      cleanup();
      resolve(frame);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(new Error(`buoy ${sim.buoyId} closed before sending telemetry`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no telemetry from ${sim.buoyId} within ${timeoutMs}ms`));
    }, timeoutMs);
    sim.on('telemetry', onFrame);
    sim.on('error', onError);
    sim.on('close', onClose);
  });
}

describe('buoy telemetry', () => {
  let sim: BuoySimulator;

  beforeEach(() => {
    sim = new BuoySimulator('NDBC-46042', 10);
  });

  afterEach(() => {
    sim.stop();
  });

  it('delivers frames in sequence', async () => {
    sim.start();
    const first = await nextFrame(sim, 500);
    const second = await nextFrame(sim, 500);
    assert.equal(second.seq, first.seq + 1);
    assert.equal(first.buoyId, 'NDBC-46042');
  });

  it('surfaces simulator faults', async () => {
    const pending = nextFrame(sim, 500);
    sim.fail('mooring line tension exceeded');
    await assert.rejects(pending, /mooring line tension/);
  });

  it('times out when the buoy stays silent', async () => {
    await assert.rejects(nextFrame(sim, 30), /no telemetry/);
    assert.equal(sim.listenerCount('telemetry'), 0);
  });

  it('rejects when the link closes first', async () => {
    const pending = nextFrame(sim, 500);
    sim.stop();
    await assert.rejects(pending, /closed before sending/);
  });
});
