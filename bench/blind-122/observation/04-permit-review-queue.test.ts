// expect: none
// The async review started from the event listener has a .catch that routes failures to the 'review-failed' event, so no promise is left unhandled.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface ForagingApplication {
  id: string;
  forager: string;
  species: string[];
  kgRequested: number;
}

interface ReviewRules {
  protectedSpecies: Set<string>;
  maxKg: number;
  lookupForager(name: string): Promise<{ strikes: number }>;
}

class PermitReviewQueue extends EventEmitter {
  constructor(
    intake: EventEmitter,
    private readonly rules: ReviewRules,
  ) {
    super();
    intake.on('application', (app: ForagingApplication) => {
      this.review(app).catch((err: unknown) => {
        this.emit('review-failed', app.id, err);
      });
    });
  }

  private async review(app: ForagingApplication): Promise<void> {
    const record = await this.rules.lookupForager(app.forager);
    const banned = app.species.filter((s) => this.rules.protectedSpecies.has(s));
    const approved = record.strikes < 3 && banned.length === 0 && app.kgRequested <= this.rules.maxKg;
    this.emit('reviewed', { id: app.id, approved, banned });
  }
}

describe('PermitReviewQueue', () => {
  let intake: EventEmitter;
  let queue: PermitReviewQueue;
  const strikes = new Map<string, number>([['ines', 0], ['bram', 4]]);

  before(() => {
    intake = new EventEmitter();
    queue = new PermitReviewQueue(intake, {
      protectedSpecies: new Set(['Hericium erinaceus']),
      maxKg: 2,
      async lookupForager(name) {
        const n = strikes.get(name);
        if (n === undefined) throw new Error(`no forager record for ${name}`);
        return { strikes: n };
      },
    });
  });

  after(() => {
    intake.removeAllListeners();
    queue.removeAllListeners();
  });

  test('approves a clean chanterelle application', async () => {
    const reviewed = once(queue, 'reviewed');
    intake.emit('application', { id: 'P-1', forager: 'ines', species: ['Cantharellus cibarius'], kgRequested: 1.5 });
    const [result] = await reviewed;
    assert.deepEqual(result, { id: 'P-1', approved: true, banned: [] });
  });

  test('denies protected species', async () => {
    const reviewed = once(queue, 'reviewed');
    intake.emit('application', { id: 'P-2', forager: 'ines', species: ['Hericium erinaceus'], kgRequested: 0.5 });
    const [result] = await reviewed;
    assert.equal(result.approved, false);
    assert.deepEqual(result.banned, ['Hericium erinaceus']);
  });

  test('denies foragers with too many strikes', async () => {
    const reviewed = once(queue, 'reviewed');
    intake.emit('application', { id: 'P-3', forager: 'bram', species: ['Morchella esculenta'], kgRequested: 1 });
    const [result] = await reviewed;
    assert.equal(result.approved, false);
  });

  test('reports lookup failures instead of crashing', async () => {
    const failed = once(queue, 'review-failed');
    intake.emit('application', { id: 'P-4', forager: 'nobody', species: [], kgRequested: 0.1 });
    const [id, err] = await failed;
    assert.equal(id, 'P-4');
    assert.match((err as Error).message, /no forager record/);
  });
});
