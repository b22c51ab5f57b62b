// expect: no-reused-settled-promise
// waitForPressure starts a single readGauge() call before the loop and re-awaits that same settled promise each poll, so it never sees the pressure rise.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface TankFill {
  serial: string;
  targetBar: number;
  startedAt: number;
}

class CompressorStation {
  private pressureBar = 0;
  private active?: TankFill;
  private rateBarPerTick = 40;

  async startFill(serial: string, targetBar: number): Promise<TankFill> {
    if (this.active) throw new Error(`station busy with ${this.active.serial}`);
    this.pressureBar = 0;
    this.active = { serial, targetBar, startedAt: Date.now() };
    const tick = setInterval(() => {
      this.pressureBar = Math.min(targetBar, this.pressureBar + this.rateBarPerTick);
      if (this.pressureBar >= targetBar) {
        clearInterval(tick);
        this.active = undefined;
      }
    }, 5);
    return this.active;
  }

  async readGauge(): Promise<number> {
    await sleep(1);
    return this.pressureBar;
  }

  setRate(barPerTick: number): void {
    this.rateBarPerTick = barPerTick;
  }
}

async function waitForPressure(
  station: CompressorStation,
  targetBar: number,
  { timeoutMs = 2000, intervalMs = 10 } = {},
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const reading = station.readGauge();
  while (Date.now() < deadline) {
    const bar = await reading;
    if (bar >= targetBar) return bar;
    await sleep(intervalMs);
  }
  throw new Error(`gauge did not reach ${targetBar} bar within ${timeoutMs}ms`);
}

describe('CompressorStation', () => {
  let station: CompressorStation;

  beforeEach(() => {
    station = new CompressorStation();
  });

  it('fills an aluminium 80 to working pressure', async () => {
    await station.startFill('AL80-1142', 207);
    const bar = await waitForPressure(station, 207);
    assert.equal(bar, 207);
  });

  it('refuses a second tank while filling', async () => {
    station.setRate(1);
    await station.startFill('ST100-0031', 232);
    await assert.rejects(station.startFill('AL80-0007', 207), /station busy/);
  });

  it('fills slowly at a reduced rate', async () => {
    station.setRate(10);
    await station.startFill('AL63-2210', 200);
    const bar = await waitForPressure(station, 200, { timeoutMs: 3000 });
    assert.ok(bar >= 200);
  });
});
