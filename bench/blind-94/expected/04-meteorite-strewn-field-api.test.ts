// expect: no-uncalled-async-function
// beforeEach does `await registry.clear` without calling it, so finds from earlier tests leak into later ones and the count assertions depend on test order.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Find { id: string; lat: number; lon: number; massGrams: number }

class FindRegistry {
  private finds = new Map<string, Find>();
  private seq = 0;

  async add(find: Omit<Find, 'id'>): Promise<Find> {
    const stored = { ...find, id: `F${++this.seq}` };
    this.finds.set(stored.id, stored);
    return stored;
  }

  async all(): Promise<Find[]> {
    return [...this.finds.values()];
  }

  async clear(): Promise<void> {
    this.finds.clear();
    this.seq = 0;
  }
}

function ellipseFor(finds: Find[]): { majorKm: number; heaviestAt?: [number, number] } {
  if (finds.length < 2) return { majorKm: 0, heaviestAt: finds[0] && [finds[0].lat, finds[0].lon] };
  const kmPerDeg = 111;
  let major = 0;
  for (const a of finds) {
    for (const b of finds) {
      major = Math.max(major, Math.hypot(a.lat - b.lat, a.lon - b.lon) * kmPerDeg);
    }
  }
  const heaviest = finds.reduce((h, f) => (f.massGrams > h.massGrams ? f : h));
  return { majorKm: major, heaviestAt: [heaviest.lat, heaviest.lon] };
}

const registry = new FindRegistry();

describe('strewn field estimation', () => {
  beforeEach(async () => {
    await registry.clear;
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2024-02-10T07:00:00Z'));
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('has no extent with a single find', async () => {
    await registry.add({ lat: 31.1, lon: -7.2, massGrams: 120 });
    const finds = await registry.all();
    expect(finds).toHaveLength(1);
    expect(ellipseFor(finds).majorKm).toBe(0);
  });

  it('puts the heaviest mass at the far end of the field', async () => {
    await registry.add({ lat: 31.1, lon: -7.2, massGrams: 15 });
    await registry.add({ lat: 31.15, lon: -7.1, massGrams: 480 });
    const finds = await registry.all();
    expect(finds).toHaveLength(2);
    expect(ellipseFor(finds).heaviestAt).toEqual([31.15, -7.1]);
  });

  it('assigns sequential ids from F1', async () => {
    const first = await registry.add({ lat: 0, lon: 0, massGrams: 1 });
    expect(first.id).toBe('F1');
  });
});
