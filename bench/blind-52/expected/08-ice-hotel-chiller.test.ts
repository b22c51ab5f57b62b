// expect: none
// Functions are passed where callbacks are expected (mock implementations, the listener), and every async call in the hooks and tests is awaited.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface SuiteReading {
  suite: string;
  airC: number;
  wallC: number;
}

class ChillerPlant extends EventEmitter {
  constructor(
    private readonly probe: (suite: string) => Promise<SuiteReading>,
    private readonly setpoint: (suite: string, c: number) => Promise<void>,
  ) {
    super();
  }

  async balance(suites: readonly string[], targetWallC: number): Promise<SuiteReading[]> {
    const readings = await Promise.all(suites.map((s) => this.probe(s)));
    for (const r of readings) {
      if (r.wallC > targetWallC) {
        await this.setpoint(r.suite, targetWallC - 1.5);
        this.emit('adjusted', r.suite);
      }
    }
    this.emit('balanced', readings.length);
    return readings;
  }
}

describe('ice hotel chiller balancing', () => {
  let readings: Map<string, SuiteReading>;
  let probe: ReturnType<typeof mock.fn<(suite: string) => Promise<SuiteReading>>>;
  let setpoint: ReturnType<typeof mock.fn<(suite: string, c: number) => Promise<void>>>;
  let plant: ChillerPlant;

  beforeEach(() => {
    readings = new Map([
      ['aurora', { suite: 'aurora', airC: -4, wallC: -6 }],
      ['glacier', { suite: 'glacier', airC: -2, wallC: -3.2 }],
      ['tundra', { suite: 'tundra', airC: -5, wallC: -7.5 }],
    ]);
    probe = mock.fn(async (suite: string) => {
      const r = readings.get(suite);
      if (!r) throw new Error(`no probe in ${suite}`);
      return r;
    });
    setpoint = mock.fn(async (_suite: string, _c: number) => {});
    plant = new ChillerPlant(probe, setpoint);
  });

  afterEach(() => {
    plant.removeAllListeners();
    mock.restoreAll();
  });

  it('adjusts only suites whose walls are too warm', async () => {
    const adjusted: string[] = [];
    const onAdjusted = (suite: string) => adjusted.push(suite);
    plant.on('adjusted', onAdjusted);

    await plant.balance(['aurora', 'glacier', 'tundra'], -5);

    assert.deepEqual(adjusted, ['glacier']);
    assert.equal(setpoint.mock.callCount(), 1);
    assert.deepEqual(setpoint.mock.calls[0].arguments, ['glacier', -6.5]);
  });

  it('emits balanced with the number of suites probed', async () => {
    const [[count], result] = await Promise.all([
      once(plant, 'balanced'),
      plant.balance(['aurora', 'tundra'], -5),
    ]);
    assert.equal(count, 2);
    assert.equal(result.length, 2);
  });

  it('propagates a missing probe as a rejection', async () => {
    await assert.rejects(plant.balance(['aurora', 'igloo-bar'], -5), /no probe in igloo-bar/);
    assert.equal(setpoint.mock.callCount(), 0);
  });

  it('probes every suite exactly once', async () => {
    await plant.balance(['aurora', 'glacier', 'tundra'], -10);
    assert.equal(probe.mock.callCount(), 3);
  });
});
