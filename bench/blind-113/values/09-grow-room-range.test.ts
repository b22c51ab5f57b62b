// expect: none
// Every assertion on the async range check awaits the boolean first, so the tests compare real values rather than pending promises.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface RoomSensors {
  read(roomId: string): Promise<{ rh: number; co2ppm: number; airTempC: number }>;
}

interface Setpoints {
  rh: [number, number];
  co2ppm: [number, number];
  airTempC: [number, number];
}

class ClimateController {
  constructor(
    private readonly sensors: RoomSensors,
    private readonly setpoints: Map<string, Setpoints>,
  ) {}

  async isWithinRange(roomId: string): Promise<boolean> {
    return (await this.outOfRange(roomId)).length === 0;
  }

  async outOfRange(roomId: string): Promise<string[]> {
    const sp = this.setpoints.get(roomId);
    if (!sp) throw new Error(`no setpoints for room ${roomId}`);
    const now = await this.sensors.read(roomId);
    const bad: string[] = [];
    for (const key of ['rh', 'co2ppm', 'airTempC'] as const) {
      const [lo, hi] = sp[key];
      if (now[key] < lo || now[key] > hi) bad.push(key);
    }
    return bad;
  }
}

describe('ClimateController', () => {
  const readings = new Map<string, { rh: number; co2ppm: number; airTempC: number }>();
  let controller: ClimateController;

  before(() => {
    const oyster: Setpoints = { rh: [85, 95], co2ppm: [400, 900], airTempC: [14, 20] };
    controller = new ClimateController(
      {
        async read(roomId) {
          const r = readings.get(roomId);
          if (!r) throw new Error(`sensor offline in ${roomId}`);
          return r;
        },
      },
      new Map([
        ['fruiting-1', oyster],
        ['fruiting-2', oyster],
      ]),
    );
  });

  after(() => {
    readings.clear();
  });

  test('a room inside every band is within range', async () => {
    readings.set('fruiting-1', { rh: 90, co2ppm: 650, airTempC: 16.5 });
    assert.equal(await controller.isWithinRange('fruiting-1'), true);
  });

  test('high CO2 takes a room out of range', async () => {
    readings.set('fruiting-2', { rh: 91, co2ppm: 1450, airTempC: 17 });
    assert.ok(!(await controller.isWithinRange('fruiting-2')));
    assert.deepEqual(await controller.outOfRange('fruiting-2'), ['co2ppm']);
  });

  test('an unknown room is an error, not a pass', async () => {
    await assert.rejects(controller.isWithinRange('spawn-run-3'), /no setpoints/);
  });
});
