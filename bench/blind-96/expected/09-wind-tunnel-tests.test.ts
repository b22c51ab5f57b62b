// expect: none
// The waitFor helper calls its probe function afresh on every poll, and the suite passes rig.status as a function (not a promise) to it, so each poll gets a new reading rather than re-awaiting one settled promise, and teardown calls await rig.shutdown().
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type RigState = 'idle' | 'spinning-up' | 'steady' | 'stopping';

interface FanDrive {
  setRpm(rpm: number): Promise<void>;
  rpm(): Promise<number>;
}

class TunnelRig {
  private target = 0;

  constructor(private readonly drive: FanDrive) {}

  async spinUp(rpm: number): Promise<void> {
    this.target = rpm;
    await this.drive.setRpm(rpm);
  }

  status = async (): Promise<RigState> => {
    const actual = await this.drive.rpm();
    if (this.target === 0) return actual > 0 ? 'stopping' : 'idle';
    return Math.abs(actual - this.target) / this.target < 0.02 ? 'steady' : 'spinning-up';
  };

  async shutdown(): Promise<void> {
    this.target = 0;
    await this.drive.setRpm(0);
  }
}

async function waitFor<T>(probe: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 1_000, everyMs = 5): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs}ms (last: ${String(value)})`);
    await sleep(everyMs);
  }
}

describe('TunnelRig spin-up', () => {
  let current: number;
  let drive: { setRpm: ReturnType<typeof mock.fn<FanDrive['setRpm']>>; rpm: ReturnType<typeof mock.fn<FanDrive['rpm']>> };
  let rig: TunnelRig;

  beforeEach(() => {
    current = 0;
    drive = {
      setRpm: mock.fn<FanDrive['setRpm']>(async () => {}),
      rpm: mock.fn<FanDrive['rpm']>(async () => current),
    };
    rig = new TunnelRig(drive);
  });

  afterEach(async () => {
    await rig.shutdown();
    mock.restoreAll();
  });

  it('reports steady once the fan is within 2% of target', async () => {
    await rig.spinUp(1_200);
    let polls = 0;
    drive.rpm.mock.mockImplementation(async () => Math.min(1_200, 400 * ++polls));
    const state = await waitFor(rig.status, (s) => s === 'steady');
    assert.equal(state, 'steady');
    assert.equal(polls, 3);
  });

  it('times out if the fan stalls', async () => {
    await rig.spinUp(1_200);
    current = 300;
    await assert.rejects(waitFor(rig.status, (s) => s === 'steady', 30), /not met within 30ms/);
  });

  it('commands zero rpm on shutdown', async () => {
    await rig.spinUp(800);
    await rig.shutdown();
    assert.deepEqual(drive.setRpm.mock.calls.at(-1)?.arguments, [0]);
  });
});
