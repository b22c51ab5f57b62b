// expect: none
// engraveRoute passes its signal to the timers/promises interval, retracts the burin in finally and lets the AbortError propagate, which the tests assert.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setInterval as every } from 'node:timers/promises';

interface Point {
  x: number;
  y: number;
}

interface EngravingRoute {
  layer: 'coastline' | 'contours' | 'lettering';
  points: Point[];
  depthMicron: number;
}

class BurinCarriage {
  position: Point = { x: 0, y: 0 };
  cutting = false;
  cutLengthMm = 0;

  lower(depthMicron: number): void {
    if (depthMicron > 120) throw new RangeError(`depth ${depthMicron}um would tear the copper`);
    this.cutting = true;
  }

  moveTo(next: Point): void {
    if (this.cutting) this.cutLengthMm += Math.hypot(next.x - this.position.x, next.y - this.position.y);
    this.position = next;
  }

  retract(): void {
    this.cutting = false;
  }
}

async function engraveRoute(
  carriage: BurinCarriage,
  route: EngravingRoute,
  options: { stepMs: number; signal?: AbortSignal },
): Promise<number> {
  options.signal?.throwIfAborted();
  carriage.moveTo(route.points[0]);
  carriage.lower(route.depthMicron);
  let index = 1;
  try {
    for await (const _ of every(options.stepMs, undefined, { signal: options.signal })) {
      if (index >= route.points.length) break;
      carriage.moveTo(route.points[index++]);
    }
  } finally {
    carriage.retract();
  }
  return carriage.cutLengthMm;
}

const coastline: EngravingRoute = {
  layer: 'coastline',
  depthMicron: 60,
  points: Array.from({ length: 12 }, (_, i) => ({ x: i * 3, y: Math.round(Math.sin(i / 2) * 40) / 10 })),
};

describe('map engraving burin carriage', () => {
  let carriage: BurinCarriage;

  beforeEach(() => {
    carriage = new BurinCarriage();
  });

  it('cuts the whole coastline and retracts afterwards', async () => {
    const length = await engraveRoute(carriage, coastline, { stepMs: 1 });
    assert.ok(length > 33, `expected more than 33mm of cut, got ${length}`);
    assert.equal(carriage.cutting, false);
  });

  it('stops mid-route with an AbortError when the engraver cancels', async () => {
    const controller = new AbortController();
    const job = engraveRoute(carriage, coastline, { stepMs: 5, signal: controller.signal });
    setTimeout(() => controller.abort(), 12);
    await assert.rejects(job, { name: 'AbortError' });
    assert.equal(carriage.cutting, false);
    assert.notDeepEqual(carriage.position, coastline.points.at(-1));
  });

  it('refuses to start when the signal is already aborted', async () => {
    await assert.rejects(engraveRoute(carriage, coastline, { stepMs: 1, signal: AbortSignal.abort() }), {
      name: 'AbortError',
    });
    assert.deepEqual(carriage.position, { x: 0, y: 0 });
  });

  it('rejects a cut deep enough to tear the plate', async () => {
    await assert.rejects(engraveRoute(carriage, { ...coastline, depthMicron: 200 }, { stepMs: 1 }), RangeError);
  });
});
