// expect: none
// pollUntil is given a probe factory and calls it on every iteration, so each poll awaits a fresh reading.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface FlowReading {
  velocityMs: number;
  turbulencePct: number;
  staticPressurePa: number;
}

interface TunnelController {
  setFanRpm(rpm: number): Promise<void>;
  readFlow(): Promise<FlowReading>;
}

async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs, timeoutMs }: { intervalMs: number; timeoutMs: number },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`condition not met within ${timeoutMs}ms (last value ${JSON.stringify(value)})`);
    }
    await sleep(intervalMs);
  }
}

async function bringToSpeed(ctrl: TunnelController, rpm: number, targetMs: number): Promise<FlowReading> {
  await ctrl.setFanRpm(rpm);
  return pollUntil(
    () => ctrl.readFlow(),
    (r) => Math.abs(r.velocityMs - targetMs) / targetMs < 0.01 && r.turbulencePct < 0.5,
    { intervalMs: 5, timeoutMs: 400 },
  );
}

class SpoolingTunnel implements TunnelController {
  reads = 0;
  private velocity = 0;
  private targetVelocity = 0;

  constructor(private readonly msPerRpm: number, private readonly spoolFactor: number) {}

  async setFanRpm(rpm: number): Promise<void> {
    this.targetVelocity = rpm * this.msPerRpm;
  }

  async readFlow(): Promise<FlowReading> {
    this.reads += 1;
    this.velocity += (this.targetVelocity - this.velocity) * this.spoolFactor;
    const error = Math.abs(this.targetVelocity - this.velocity) / Math.max(this.targetVelocity, 1);
    return { velocityMs: this.velocity, turbulencePct: 0.2 + error * 4, staticPressurePa: 101_325 - this.velocity * 3 };
  }
}

describe('bringToSpeed', () => {
  let tunnel: SpoolingTunnel;

  beforeEach(() => {
    tunnel = new SpoolingTunnel(0.05, 0.35);
  });

  it('waits until the flow has spooled up and settled', async () => {
    const reading = await bringToSpeed(tunnel, 800, 40);
    assert.ok(Math.abs(reading.velocityMs - 40) < 0.4);
    assert.ok(tunnel.reads > 3, `expected several polls, got ${tunnel.reads}`);
  });

  it('times out when the fan cannot reach the requested speed', async () => {
    const weak = new SpoolingTunnel(0.05, 0.35);
    await assert.rejects(bringToSpeed(weak, 800, 55), /condition not met within 400ms/);
  });
});
