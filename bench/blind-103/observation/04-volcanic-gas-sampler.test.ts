// expect: no-unobserved-promise
// sample() starts the SO2 and CO2 probe reads, then awaits SO2 first; if the CO2 read rejects while SO2 is still pending, that stored promise has no handler yet and Node reports an unhandled rejection that kills the field station.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

type Gas = 'SO2' | 'CO2';

interface Probe {
  read(vent: string, gas: Gas): Promise<number>;
}

interface Archive {
  put(sample: VentSample): Promise<void>;
}

interface VentSample {
  vent: string;
  so2Ppm: number;
  co2Ppm: number;
  co2ToSo2: number;
}

class GasSampler extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly probe: Probe,
    private readonly archive: Archive,
  ) {
    super();
  }

  async sample(vent: string): Promise<VentSample> {
    const so2 = this.probe.read(vent, 'SO2');
    const co2 = this.probe.read(vent, 'CO2');
    const so2Ppm = await so2;
    const co2Ppm = await co2;
    const sample: VentSample = { vent, so2Ppm, co2Ppm, co2ToSo2: so2Ppm > 0 ? co2Ppm / so2Ppm : Infinity };
    await this.archive.put(sample);
    return sample;
  }

  start(vents: string[], everyMs: number): void {
    this.timer = setInterval(() => {
      for (const vent of vents) {
        this.sample(vent).then(
          (s) => this.emit('sample', s),
          (err: unknown) => this.emit('error', err),
        );
      }
    }, everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

describe('GasSampler', () => {
  let readings: Record<Gas, number>;
  let probe: { read: ReturnType<typeof mock.fn<Probe['read']>> };
  let archive: { put: ReturnType<typeof mock.fn<Archive['put']>> };
  let sampler: GasSampler;
  let errors: unknown[];

  beforeEach(() => {
    errors = [];
    readings = { SO2: 4, CO2: 400 };
    probe = { read: mock.fn<Probe['read']>(async (_vent, gas) => readings[gas]) };
    archive = { put: mock.fn<Archive['put']>(async () => {}) };
    sampler = new GasSampler(probe, archive);
    sampler.on('error', (err: unknown) => errors.push(err));
  });

  afterEach(() => {
    sampler.stop();
    sampler.removeAllListeners();
    mock.timers.reset();
    mock.restoreAll();
  });

  it('computes the CO2/SO2 ratio and archives the sample', async () => {
    const sample = await sampler.sample('north-fumarole');
    assert.equal(sample.co2ToSo2, 100);
    assert.equal(archive.put.mock.callCount(), 1);
    assert.deepEqual(archive.put.mock.calls[0]?.arguments[0], sample);
  });

  it('propagates probe failures to the caller', async () => {
    probe.read.mock.mockImplementation(async (_vent, gas) => {
      if (gas === 'SO2') throw new Error('SO2 cell offline');
      return readings[gas];
    });
    await assert.rejects(sampler.sample('east-vent'), /SO2 cell offline/);
    assert.equal(archive.put.mock.callCount(), 0);
  });

  it('samples each vent on the schedule', async () => {
    mock.timers.enable({ apis: ['setInterval'] });
    sampler.start(['crater-rim'], 60_000);
    const next = once(sampler, 'sample');
    mock.timers.tick(60_000);
    const [sample] = (await next) as [VentSample];
    assert.equal(sample.vent, 'crater-rim');
    assert.equal(probe.read.mock.callCount(), 2);
    assert.deepEqual(errors, []);
  });
});
