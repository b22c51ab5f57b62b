// expect: no-unobserved-promise
// In the conflict test the second setRoute() promise rejects while the fake clock is being advanced and nothing is attached to it until the later expect().rejects.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Route {
  id: string;
  sections: string[];
}

class SignalBox {
  private readonly locked = new Map<string, string>();

  constructor(private readonly pointsThrowMs: number) {}

  async setRoute(route: Route): Promise<string> {
    // points motors need time to throw before the box can prove the route
    await new Promise((resolve) => setTimeout(resolve, this.pointsThrowMs));
    for (const section of route.sections) {
      const holder = this.locked.get(section);
      if (holder && holder !== route.id) {
        throw new Error(`section ${section} held by ${holder}`);
      }
    }
    for (const section of route.sections) this.locked.set(section, route.id);
    return route.id;
  }

  release(routeId: string): void {
    for (const [section, holder] of this.locked) {
      if (holder === routeId) this.locked.delete(section);
    }
  }

  holderOf(section: string): string | undefined {
    return this.locked.get(section);
  }
}

const upMain: Route = { id: 'R1', sections: ['T101', 'T102', 'T103'] };
const crossover: Route = { id: 'R7', sections: ['T102', 'T204'] };
const downLoop: Route = { id: 'R4', sections: ['T301', 'T302'] };

describe('SignalBox route setting', () => {
  let box: SignalBox;

  beforeEach(() => {
    vi.useFakeTimers();
    box = new SignalBox(2_000);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks every section of a route once the points have thrown', async () => {
    const set = box.setRoute(upMain);
    vi.advanceTimersByTime(2_000);

    await expect(set).resolves.toBe('R1');
    expect(box.holderOf('T102')).toBe('R1');
  });

  it('refuses a route that crosses a locked section', async () => {
    const first = box.setRoute(upMain);
    const conflicting = box.setRoute(crossover);

    await vi.advanceTimersByTimeAsync(2_000);

    await expect(first).resolves.toBe('R1');
    await expect(conflicting).rejects.toThrow('section T102 held by R1');
    expect(box.holderOf('T204')).toBeUndefined();
  });

  it('sets independent routes side by side', async () => {
    const both = Promise.all([box.setRoute(upMain), box.setRoute(downLoop)]);
    vi.advanceTimersByTime(2_000);

    await expect(both).resolves.toEqual(['R1', 'R4']);
  });

  it('frees sections when a route is released', async () => {
    const set = box.setRoute(upMain);
    vi.advanceTimersByTime(2_000);
    await set;

    box.release('R1');

    expect(box.holderOf('T101')).toBeUndefined();
    expect(box.holderOf('T103')).toBeUndefined();
  });
});
