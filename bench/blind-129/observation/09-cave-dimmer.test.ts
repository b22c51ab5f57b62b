// expect: no-floating-promises
// The out-of-range test calls assert.rejects without awaiting it, so the assertion's promise is dropped and the test passes or fails independently of the rejection check.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface DmxBus {
  write(channel: number, value: number): Promise<void>;
}

class RecordingBus implements DmxBus {
  writes: Array<[number, number]> = [];
  async write(channel: number, value: number): Promise<void> {
    this.writes.push([channel, value]);
  }
}

class ZoneDimmer {
  private readonly levels = new Map<string, number>();

  constructor(
    private readonly bus: DmxBus,
    private readonly channels: Record<string, number>,
  ) {}

  async setLevel(zone: string, percent: number): Promise<void> {
    const channel = this.channels[zone];
    if (channel === undefined) throw new Error(`unknown cave zone ${zone}`);
    if (percent < 0 || percent > 100) throw new RangeError(`level ${percent} out of range`);
    await this.bus.write(channel, Math.round((percent / 100) * 255));
    this.levels.set(zone, percent);
  }

  async blackout(): Promise<void> {
    for (const zone of Object.keys(this.channels)) {
      await this.setLevel(zone, 0);
    }
  }

  level(zone: string): number {
    return this.levels.get(zone) ?? 0;
  }
}

describe('ZoneDimmer', () => {
  let bus: RecordingBus;
  let dimmer: ZoneDimmer;

  before(() => {
    bus = new RecordingBus();
    dimmer = new ZoneDimmer(bus, { 'flowstone-gallery': 3, 'bat-chamber': 7, 'lake-room': 12 });
  });

  after(() => {
    bus.writes = [];
  });

  test('scales percent to DMX range', async () => {
    await dimmer.setLevel('flowstone-gallery', 40);
    assert.deepEqual(bus.writes.at(-1), [3, 102]);
    assert.equal(dimmer.level('flowstone-gallery'), 40);
  });

  test('refuses levels outside 0..100', async () => {
    const writesBefore = bus.writes.length;
    assert.rejects(dimmer.setLevel('lake-room', 140), /out of range/);
    assert.equal(bus.writes.length, writesBefore);
  });

  test('rejects unknown zones', async () => {
    await assert.rejects(dimmer.setLevel('gift-shop', 10), /unknown cave zone/);
  });

  test('blackout drives every zone to zero', async () => {
    await dimmer.blackout();
    assert.equal(dimmer.level('bat-chamber'), 0);
    assert.equal(dimmer.level('flowstone-gallery'), 0);
    assert.deepEqual(
      bus.writes.slice(-3).map(([, v]) => v),
      [0, 0, 0],
    );
  });
});
