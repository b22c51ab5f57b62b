// expect: none
// Every promise the tests start is awaited: the per-station writes go through Promise.all and the failure case is passed straight to assert.rejects.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface MeteorEvent {
  station: string;
  at: number;
  magnitude: number;
  radiant: 'Perseids' | 'Geminids' | 'Leonids' | 'sporadic';
}

class MeteorLog {
  private readonly events: MeteorEvent[] = [];
  private readonly offline = new Set<string>();

  setOffline(station: string, offline: boolean): void {
    if (offline) this.offline.add(station);
    else this.offline.delete(station);
  }

  async record(event: MeteorEvent): Promise<number> {
    await sleep(1);
    if (this.offline.has(event.station)) {
      throw new Error(`station ${event.station} is offline`);
    }
    if (event.magnitude > 7) {
      throw new RangeError(`magnitude ${event.magnitude} is fainter than the camera limit`);
    }
    this.events.push(event);
    return this.events.length;
  }

  async zhr(radiant: MeteorEvent['radiant'], windowMs: number, limitingMag = 6.5): Promise<number> {
    await sleep(1);
    const now = Math.max(0, ...this.events.map((e) => e.at));
    const count = this.events.filter((e) => e.radiant === radiant && now - e.at <= windowMs).length;
    const perHour = count * (3_600_000 / windowMs);
    // Correct the observed rate to a standard limiting magnitude of 6.5.
    return Math.round(perHour * 2.2 ** (6.5 - limitingMag));
  }

  get size(): number {
    return this.events.length;
  }
}

const T0 = Date.UTC(2024, 7, 12, 2, 0, 0);

describe('MeteorLog', () => {
  let log: MeteorLog;

  beforeEach(() => {
    log = new MeteorLog();
  });

  it('records events from several stations concurrently', async () => {
    const writes: Promise<number>[] = [];
    for (const station of ['ridge', 'lake', 'observatory']) {
      for (let i = 0; i < 4; i++) {
        writes.push(log.record({ station, at: T0 + i * 60_000, magnitude: 3 + i * 0.5, radiant: 'Perseids' }));
      }
    }
    const positions = await Promise.all(writes);
    assert.equal(log.size, 12);
    assert.deepEqual([...positions].sort((a, b) => a - b), Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('refuses events from an offline station', async () => {
    log.setOffline('lake', true);
    await assert.rejects(
      log.record({ station: 'lake', at: T0, magnitude: 2, radiant: 'Perseids' }),
      /offline/,
    );
    assert.equal(log.size, 0);
  });

  it('rejects events fainter than the camera can see', async () => {
    await assert.rejects(log.record({ station: 'ridge', at: T0, magnitude: 7.4, radiant: 'sporadic' }), RangeError);
  });

  it('computes a zenithal hourly rate per radiant', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        log.record({ station: 'ridge', at: T0 + i * 30_000, magnitude: 4, radiant: i < 6 ? 'Perseids' : 'sporadic' }),
      ),
    );
    const perseids = await log.zhr('Perseids', 10 * 60_000);
    const sporadic = await log.zhr('sporadic', 10 * 60_000);
    assert.equal(perseids, 36);
    assert.equal(sporadic, 24);
  });
});
