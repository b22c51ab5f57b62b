// expect: none
// Correct: assert.rejects is documented to take an async function, and the retry helper receives a factory it calls afresh on every attempt.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface WeighIn {
  birdId: string;
  grams: number;
  at: Date;
}

interface Bird {
  id: string;
  species: 'harris hawk' | 'barn owl' | 'peregrine' | 'kestrel';
  flyingWeightG: [min: number, max: number];
}

class FlakyScale {
  calls = 0;
  constructor(private readonly failuresBeforeSuccess: number, private readonly grams: number) {}

  async read(): Promise<number> {
    this.calls += 1;
    if (this.calls <= this.failuresBeforeSuccess) throw new Error('scale not settled');
    return this.grams;
  }
}

async function withRetry<T>(attempt: () => Promise<T>, tries: number): Promise<T> {
  let lastErr: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastErr = err;
    }
  }
  throw lastErr;
}

class WeighInService {
  readonly log: WeighIn[] = [];
  constructor(private readonly scale: FlakyScale) {}

  async weigh(bird: Bird): Promise<WeighIn> {
    const grams = await withRetry(() => this.scale.read(), 3);
    const [min, max] = bird.flyingWeightG;
    if (grams < min * 0.9 || grams > max * 1.1) {
      throw new RangeError(`${bird.id} at ${grams} g is outside safe range`);
    }
    const entry = { birdId: bird.id, grams, at: new Date() };
    this.log.push(entry);
    return entry;
  }

  flightReady(bird: Bird, entry: WeighIn): boolean {
    const [min, max] = bird.flyingWeightG;
    return entry.grams >= min && entry.grams <= max;
  }
}

const ruby: Bird = { id: 'ruby', species: 'harris hawk', flyingWeightG: [640, 680] };

describe('weigh-in before a flying display', () => {
  let scale: FlakyScale;
  let service: WeighInService;

  beforeEach(() => {
    scale = new FlakyScale(2, 655);
    service = new WeighInService(scale);
  });

  it('retries an unsettled scale with fresh readings', async () => {
    const entry = await service.weigh(ruby);
    assert.equal(entry.grams, 655);
    assert.equal(scale.calls, 3);
    assert.ok(service.flightReady(ruby, entry));
  });

  it('gives up after three unsettled readings', async () => {
    service = new WeighInService(new FlakyScale(5, 655));
    await assert.rejects(async () => service.weigh(ruby), /scale not settled/);
    assert.equal(service.log.length, 0);
  });

  it('refuses a bird far outside its flying weight', async () => {
    service = new WeighInService(new FlakyScale(0, 520));
    await assert.rejects(() => service.weigh(ruby), RangeError);
  });

  it('records a bird that is heavy but still safe, and marks it not flight-ready', async () => {
    service = new WeighInService(new FlakyScale(0, 700));
    const entry = await service.weigh(ruby);
    assert.equal(service.flightReady(ruby, entry), false);
    assert.deepEqual(service.log.map((e) => e.birdId), ['ruby']);
  });
});
