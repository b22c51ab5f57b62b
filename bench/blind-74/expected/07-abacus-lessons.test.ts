// expect: none
// Function references are passed only where a function is expected (vi.fn implementation, loader injection), and the cache shares one in-flight load on purpose to dedupe concurrent reads, not to retry.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<F extends (...args: any[]) => any>(impl: F): F & { mock: { calls: Parameters<F>[] } };
};

interface Lesson {
  id: string;
  rods: number;
  drills: string[];
}

type LessonLoader = (id: string) => Promise<Lesson>;

class LessonCache {
  private readonly loaded = new Map<string, Lesson>();
  private readonly inflight = new Map<string, Promise<Lesson>>();

  constructor(private readonly load: LessonLoader) {}

  get(id: string): Promise<Lesson> {
    const hit = this.loaded.get(id);
    if (hit) return Promise.resolve(hit);
    const existing = this.inflight.get(id);
    if (existing) return existing;
    const pending = this.load(id)
      .then((lesson) => {
        this.loaded.set(id, lesson);
        return lesson;
      })
      .finally(() => this.inflight.delete(id));
    this.inflight.set(id, pending);
    return pending;
  }

  warm(ids: string[]): Promise<Lesson[]> {
    return Promise.all(ids.map((id) => this.get(id)));
  }
}

async function fakeLesson(id: string): Promise<Lesson> {
  await Promise.resolve();
  if (id.startsWith('missing')) throw new Error(`lesson ${id} not found`);
  return { id, rods: id === 'soroban-4' ? 13 : 9, drills: [`${id}:add`, `${id}:carry`] };
}

describe('LessonCache', () => {
  let loader: ReturnType<typeof vi.fn<LessonLoader>>;
  let cache: LessonCache;

  beforeEach(() => {
    loader = vi.fn(fakeLesson);
    cache = new LessonCache(loader);
  });

  it('loads each lesson once even when requested concurrently', async () => {
    const [a, b] = await Promise.all([cache.get('soroban-1'), cache.get('soroban-1')]);
    expect(a).toBe(b);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('serves later requests from memory', async () => {
    await cache.get('soroban-4');
    const again = await cache.get('soroban-4');
    expect(again.rods).toBe(13);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('warms a whole unit', async () => {
    const ids = ['soroban-1', 'soroban-2', 'soroban-3'];
    const lessons = await cache.warm(ids);
    expect(lessons.map((l) => l.id)).toEqual(ids);
    expect(loader.mock.calls.map(([id]) => id)).toEqual(ids);
  });

  it('does not cache failures, so a later request tries again', async () => {
    await expect(cache.get('missing-7')).rejects.toThrow(/not found/);
    await expect(cache.get('missing-7')).rejects.toThrow(/not found/);
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('accepts a plain loader function as well as a mock', async () => {
    const direct = new LessonCache(fakeLesson);
    const drills = (await direct.warm(['soroban-2'])).flatMap((l) => l.drills);
    expect(drills).toEqual(['soroban-2:add', 'soroban-2:carry']);
  });
});
