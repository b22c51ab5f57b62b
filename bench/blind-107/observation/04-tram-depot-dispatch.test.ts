// expect: no-unobserved-promise
// dispatchMorningService starts every tram's dispatch up front and then awaits them one by one, so a later tram whose points fail while an earlier one is still rolling out rejects with no handler attached and becomes an unhandled rejection.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface PointsController {
  route(tramId: string, track: number): Promise<void>;
}

interface DispatchRecord {
  tramId: string;
  track: number;
  leftAt: number;
}

class DispatchController {
  private readonly log: DispatchRecord[] = [];
  private closed = false;

  constructor(private readonly points: PointsController, private readonly tracks: Map<string, number>) {}

  async dispatch(tramId: string): Promise<DispatchRecord> {
    if (this.closed) throw new Error('depot closed');
    const track = this.tracks.get(tramId);
    if (track === undefined) throw new Error(`no track assigned to ${tramId}`);
    await this.points.route(tramId, track);
    const rec = { tramId, track, leftAt: Date.now() };
    this.log.push(rec);
    return rec;
  }

  async dispatchMorningService(tramIds: string[]): Promise<DispatchRecord[]> {
    const inFlight = tramIds.map((id) => this.dispatch(id));
    const done: DispatchRecord[] = [];
    for (const p of inFlight) {
      done.push(await p);
    }
    return done;
  }

  history(): readonly DispatchRecord[] {
    return this.log;
  }

  close(): void {
    this.closed = true;
  }
}

describe('DispatchController', () => {
  let controller: DispatchController;
  let route: ReturnType<typeof mock.fn<PointsController['route']>>;

  beforeEach(() => {
    route = mock.fn<PointsController['route']>(async () => {
      await sleep(5);
    });
    controller = new DispatchController(
      { route },
      new Map([
        ['T-07', 3],
        ['T-12', 1],
        ['T-31', 4],
      ]),
    );
  });

  afterEach(() => {
    controller.close();
    mock.restoreAll();
  });

  it('routes every tram to its assigned track', async () => {
    const recs = await controller.dispatchMorningService(['T-07', 'T-12', 'T-31']);
    assert.deepEqual(
      recs.map((r) => [r.tramId, r.track]),
      [['T-07', 3], ['T-12', 1], ['T-31', 4]],
    );
    assert.equal(route.mock.callCount(), 3);
  });

  it('rejects a tram without a track', async () => {
    await assert.rejects(controller.dispatch('T-99'), /no track assigned to T-99/);
    assert.equal(controller.history().length, 0);
  });

  it('refuses to dispatch after closing', async () => {
    controller.close();
    await assert.rejects(controller.dispatch('T-07'), /depot closed/);
  });
});
