// expect: none
// The hooks call start(), connect() and stop() and return or await their promises, and waitUntil calls the probe function on every poll, so each check sees fresh state.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

class LagoonSimulator {
  levelM = 0;
  private timer: NodeJS.Timeout | undefined;
  private t = 0;

  async start(): Promise<void> {
    await sleep(5);
    this.timer = setInterval(() => {
      this.t += 1;
      this.levelM = 3.2 * Math.sin((2 * Math.PI * this.t) / 40);
    }, 2);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await sleep(1);
  }
}

class GridLink {
  connected = false;
  exportedMWh = 0;

  async connect(): Promise<void> {
    await sleep(3);
    this.connected = true;
  }

  async export(mw: number, hours: number): Promise<number> {
    if (!this.connected) throw new Error('grid link not connected');
    this.exportedMWh += mw * hours;
    return this.exportedMWh;
  }
}

async function waitUntil(probe: () => Promise<boolean> | boolean, timeoutMs = 500, everyMs = 5): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await sleep(everyMs);
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe('lagoon simulator with grid link', () => {
  const sim = new LagoonSimulator();
  const grid = new GridLink();

  before(async () => {
    await Promise.all([sim.start(), grid.connect()]);
  });

  after(() => sim.stop());

  test('the grid link is connected after setup', () => {
    assert.equal(grid.connected, true);
  });

  test('the lagoon reaches generating head on the flood', async () => {
    await waitUntil(() => sim.levelM > 2.5);
    assert.ok(sim.levelM > 2.5);
  });

  test('the lagoon drains below datum on the ebb', async () => {
    await waitUntil(() => sim.levelM < -2.5);
    assert.ok(sim.levelM < -2.5);
  });

  test('exports accumulate energy', async () => {
    await grid.export(120, 0.5);
    assert.equal(await grid.export(80, 0.25), 80);
  });
});
