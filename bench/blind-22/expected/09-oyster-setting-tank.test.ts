// expect: no-reused-settled-promise
// waitForStage reads the tank stage once before its poll loop and keeps awaiting that same promise, so it never sees the stage change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type LarvalStage = 'trochophore' | 'veliger' | 'pediveliger' | 'eyed' | 'spat';

const ORDER: LarvalStage[] = ['trochophore', 'veliger', 'pediveliger', 'eyed', 'spat'];

interface SettingTank {
  readStage(): Promise<LarvalStage>;
  addCultch(kg: number): Promise<void>;
}

class SimulatedTank implements SettingTank {
  private stageIndex = 0;
  cultchKg = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(msPerStage: number) {
    this.timer = setInterval(() => {
      if (this.stageIndex < ORDER.length - 1) this.stageIndex++;
    }, msPerStage);
  }

  async readStage(): Promise<LarvalStage> {
    await sleep(5);
    return ORDER[this.stageIndex];
  }

  async addCultch(kg: number): Promise<void> {
    if (ORDER[this.stageIndex] !== 'eyed') throw new Error('larvae are not ready to set');
    this.cultchKg += kg;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

async function waitForStage(tank: SettingTank, stage: LarvalStage, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const reading = tank.readStage();
  while (Date.now() < deadline) {
    const current = await reading;
    if (current === stage) return;
    if (ORDER.indexOf(current) > ORDER.indexOf(stage)) {
      throw new Error(`tank already past ${stage} (at ${current})`);
    }
    await sleep(20);
  }
  throw new Error(`tank did not reach ${stage} within ${timeoutMs}ms`);
}

test('cultch goes in once the larvae are eyed', async (t) => {
  const tank = new SimulatedTank(40);
  t.after(() => tank.stop());

  await waitForStage(tank, 'eyed', 1_000);
  await tank.addCultch(12);

  assert.equal(tank.cultchKg, 12);
});

test('adding cultch too early is rejected', async (t) => {
  const tank = new SimulatedTank(10_000);
  t.after(() => tank.stop());

  await assert.rejects(tank.addCultch(5), /not ready/);
  assert.equal(tank.cultchKg, 0);
});

test('waiting for a stage the tank has passed fails fast', async (t) => {
  const tank = new SimulatedTank(5);
  t.after(() => tank.stop());

  await sleep(60);
  await assert.rejects(waitForStage(tank, 'veliger', 500), /already past/);
});
