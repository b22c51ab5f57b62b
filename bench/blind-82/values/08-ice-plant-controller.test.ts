// expect: none
// Assertions compare awaited values; the one assertion taking a promise checks that it is a Promise (intended), and assert.rejects is given a promise as designed.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface BrineProbe {
  sheet: string;
  read(): Promise<number>;
}

class IcePlantController {
  private setpoints = new Map<string, number>();

  constructor(private readonly probes: Map<string, BrineProbe>) {}

  setTarget(sheet: string, celsius: number): void {
    if (celsius > -2 || celsius < -9) throw new RangeError(`setpoint ${celsius}°C outside safe brine range`);
    this.setpoints.set(sheet, celsius);
  }

  async surfaceTemp(sheet: string): Promise<number> {
    const probe = this.probes.get(sheet);
    if (!probe) throw new Error(`no brine probe on sheet ${sheet}`);
    const brine = await probe.read();
    return Math.round((brine + 1.5) * 10) / 10;
  }

  async compressorDuty(sheet: string): Promise<number> {
    const target = this.setpoints.get(sheet) ?? -5;
    const surface = await this.surfaceTemp(sheet);
    const error = surface - target;
    return Math.max(0, Math.min(100, Math.round(50 + error * 20)));
  }
}

function fakeProbe(sheet: string, readings: number[]): BrineProbe {
  let i = 0;
  return {
    sheet,
    read: async () => readings[Math.min(i++, readings.length - 1)],
  };
}

describe('IcePlantController', () => {
  let controller: IcePlantController;

  beforeEach(() => {
    controller = new IcePlantController(
      new Map([
        ['A', fakeProbe('A', [-6.5])],
        ['B', fakeProbe('B', [-8.0, -7.0])],
      ]),
    );
  });

  it('converts brine temperature to surface temperature', async () => {
    assert.equal(await controller.surfaceTemp('A'), -5);
  });

  it('returns a promise even for unknown sheets so callers can await uniformly', async () => {
    const pending = controller.surfaceTemp('Z');
    assert.ok(pending instanceof Promise);
    await assert.rejects(pending, /no brine probe on sheet Z/);
  });

  it('runs the compressor harder when the surface is warmer than target', async () => {
    controller.setTarget('A', -7);
    const duty = await controller.compressorDuty('A');
    assert.equal(duty, 90);
  });

  it('idles the compressor while the sheet is colder than target, then ramps up', async () => {
    controller.setTarget('B', -4);
    assert.equal(await controller.compressorDuty('B'), 0);
    assert.equal(await controller.compressorDuty('B'), 20);
  });

  it('rejects setpoints that would crack the ice pad', () => {
    assert.throws(() => controller.setTarget('A', -12), RangeError);
  });
});
