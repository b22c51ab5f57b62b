// expect: no-promise-as-value
// Bug: the 'trips the beam' test asserts assert.ok(grid.isTripped('north-3')) on an async method, so it checks a Promise's truthiness and passes regardless of the sensor state.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as nextTick } from 'node:timers/promises';

interface BeamEvent {
  zone: string;
  broken: boolean;
  at: number;
}

class BeamGrid {
  private readonly state = new Map<string, BeamEvent>();
  private readonly offline = new Set<string>();

  async ingest(event: BeamEvent): Promise<void> {
    await nextTick();
    const previous = this.state.get(event.zone);
    if (previous && previous.at > event.at) return;
    this.state.set(event.zone, event);
  }

  markOffline(zone: string): void {
    this.offline.add(zone);
  }

  async isTripped(zone: string): Promise<boolean> {
    await nextTick();
    if (this.offline.has(zone)) throw new Error(`sensor ${zone} is offline`);
    return this.state.get(zone)?.broken ?? false;
  }

  async trippedZones(): Promise<string[]> {
    await nextTick();
    return [...this.state.values()].filter((e) => e.broken).map((e) => e.zone).sort();
  }
}

describe('hedge maze beam grid', () => {
  let grid: BeamGrid;

  beforeEach(() => {
    grid = new BeamGrid();
  });

  it('reports a zone as clear before any event', async () => {
    assert.equal(await grid.isTripped('north-3'), false);
  });

  it('trips the beam when a visitor walks through', async () => {
    await grid.ingest({ zone: 'north-3', broken: true, at: 1_000 });
    assert.ok(grid.isTripped('north-3'));
  });

  it('ignores out-of-order events from a slow relay', async () => {
    await grid.ingest({ zone: 'centre', broken: false, at: 2_000 });
    await grid.ingest({ zone: 'centre', broken: true, at: 1_500 });
    assert.equal(await grid.isTripped('centre'), false);
  });

  it('lists all tripped zones', async () => {
    await Promise.all([
      grid.ingest({ zone: 'west-1', broken: true, at: 10 }),
      grid.ingest({ zone: 'east-2', broken: true, at: 11 }),
      grid.ingest({ zone: 'south-4', broken: false, at: 12 }),
    ]);
    assert.deepEqual(await grid.trippedZones(), ['east-2', 'west-1']);
  });

  it('refuses to answer for an offline sensor', async () => {
    grid.markOffline('east-2');
    await assert.rejects(grid.isTripped('east-2'), /offline/);
  });
});
