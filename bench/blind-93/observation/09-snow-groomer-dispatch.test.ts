// expect: no-unobserved-promise
// 'runs two machines concurrently' stores second before awaiting first; if second rejects first, nothing is handling it yet.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Run {
  machine: string;
  piste: string;
  passes: number;
}

type Drive = (machine: string, piste: string) => Promise<number>;

class Fleet {
  private readonly busy = new Set<string>();
  constructor(private readonly drive: Drive) {}

  async dispatch(machine: string, piste: string): Promise<Run> {
    if (this.busy.has(machine)) throw new Error(`${machine} is already out`);
    this.busy.add(machine);
    try {
      const passes = await this.drive(machine, piste);
      return { machine, piste, passes };
    } finally {
      this.busy.delete(machine);
    }
  }

  get out(): number {
    return this.busy.size;
  }
}

describe('Fleet.dispatch', () => {
  let drive: ReturnType<typeof mock.fn<Drive>>;
  let fleet: Fleet;

  beforeEach(() => {
    drive = mock.fn<Drive>(async (_machine, piste) => {
      await sleep(piste.length);
      return piste.startsWith('Black') ? 4 : 2;
    });
    fleet = new Fleet(drive);
  });

  afterEach(() => {
    mock.restoreAll();
  });

  it('returns the number of passes for a run', async () => {
    const run = await fleet.dispatch('PB-600', 'Blue Meadow');
    assert.deepEqual(run, { machine: 'PB-600', piste: 'Blue Meadow', passes: 2 });
    assert.equal(drive.mock.callCount(), 1);
  });

  it('runs two machines concurrently', async () => {
    const first = fleet.dispatch('PB-600', 'Black Chute');
    const second = fleet.dispatch('PB-400', 'Red Ridge');
    assert.equal(fleet.out, 2);

    assert.deepEqual(await first, { machine: 'PB-600', piste: 'Black Chute', passes: 4 });
    assert.deepEqual(await second, { machine: 'PB-400', piste: 'Red Ridge', passes: 2 });
    assert.equal(fleet.out, 0);
  });

  it('refuses to send a machine that is already out', async () => {
    const [run, refusal] = await Promise.allSettled([
      fleet.dispatch('PB-600', 'Blue Meadow'),
      fleet.dispatch('PB-600', 'Red Ridge'),
    ]);
    assert.equal(run.status, 'fulfilled');
    assert.equal(refusal.status, 'rejected');
    assert.match(String(refusal.status === 'rejected' && refusal.reason), /already out/);
  });

  it('frees the machine when the drive fails', async () => {
    drive.mock.mockImplementationOnce(async () => {
      throw new Error('track tension fault');
    });
    await assert.rejects(fleet.dispatch('PB-400', 'Green Loop'), /track tension/);
    assert.equal(fleet.out, 0);
  });
});
