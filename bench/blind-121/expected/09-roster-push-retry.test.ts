// expect: no-reused-settled-promise
// pushWithRetry() creates the pushRoster() promise once outside the loop, so after a transient failure every retry re-awaits the same rejected promise instead of sending again.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface RosterLine {
  stand: number;
  shearer: string;
  presser?: string;
}

interface ContractorApi {
  pushRoster(shedId: string, date: string, lines: RosterLine[]): Promise<{ revision: number }>;
}

class RosterPublisher {
  attemptsMade = 0;

  constructor(
    private readonly api: ContractorApi,
    private readonly attempts = 3,
    private readonly backoffMs = 10,
  ) {}

  async pushWithRetry(shedId: string, date: string, lines: RosterLine[]): Promise<number> {
    if (lines.length === 0) throw new Error('refusing to publish an empty roster');
    const push = this.api.pushRoster(shedId, date, lines);
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      this.attemptsMade = attempt;
      try {
        const { revision } = await push;
        return revision;
      } catch (err) {
        lastError = err;
        await sleep(this.backoffMs * attempt);
      }
    }
    throw lastError;
  }
}

const lines: RosterLine[] = [
  { stand: 1, shearer: 'Mere', presser: 'Tama' },
  { stand: 2, shearer: 'Jock' },
];

describe('RosterPublisher', () => {
  let calls: Array<{ shedId: string; date: string }>;

  before(() => {
    calls = [];
  });

  after(() => {
    calls.length = 0;
  });

  test('returns the revision from the contractor API', async () => {
    const api: ContractorApi = {
      async pushRoster(shedId, date) {
        calls.push({ shedId, date });
        return { revision: 7 };
      },
    };
    const publisher = new RosterPublisher(api);
    assert.equal(await publisher.pushWithRetry('glenmore-1', '2025-11-04', lines), 7);
    assert.equal(publisher.attemptsMade, 1);
    assert.deepEqual(calls.at(-1), { shedId: 'glenmore-1', date: '2025-11-04' });
  });

  test('gives up after the configured attempts', async () => {
    const api: ContractorApi = {
      async pushRoster() {
        throw new Error('contractor portal 503');
      },
    };
    const publisher = new RosterPublisher(api, 3, 1);
    await assert.rejects(publisher.pushWithRetry('glenmore-1', '2025-11-04', lines), /portal 503/);
    assert.equal(publisher.attemptsMade, 3);
  });

  test('refuses an empty roster without calling the API', async () => {
    const callsBefore = calls.length;
    const publisher = new RosterPublisher({ pushRoster: async () => ({ revision: 1 }) });
    await assert.rejects(publisher.pushWithRetry('glenmore-2', '2025-11-04', []), /empty roster/);
    assert.equal(calls.length, callsBefore);
  });
});
