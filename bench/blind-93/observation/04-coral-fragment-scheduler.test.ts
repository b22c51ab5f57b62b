// expect: none
// allSettled results are checked by status before use, and the stored waiters are awaited with only synchronous code in between.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Fragment {
  id: string;
  species: string;
  parentColony: string;
}

type Mount = (fragment: Fragment) => Promise<string>;

class FragmentScheduler {
  private queue: Fragment[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly mount: Mount,
    private readonly intervalMs = 1_000,
  ) {}

  enqueue(fragment: Fragment): void {
    this.queue.push(fragment);
  }

  start(): void {
    this.timer = setInterval(() => {
      const next = this.queue.shift();
      if (next) this.mount(next).catch(() => this.queue.push(next));
    }, this.intervalMs);
  }

  mountNow(fragments: Fragment[]): Promise<PromiseSettledResult<string>[]> {
    return Promise.allSettled(fragments.map((f) => this.mount(f)));
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  get pending(): number {
    return this.queue.length;
  }
}

const frag = (id: string): Fragment => ({ id, species: 'Acropora millepora', parentColony: 'AM-07' });

describe('FragmentScheduler', () => {
  let mount: ReturnType<typeof vi.fn<Mount>>;
  let scheduler: FragmentScheduler;

  beforeEach(() => {
    vi.useFakeTimers();
    mount = vi.fn<Mount>(async (f) => `plug-${f.id}`);
    scheduler = new FragmentScheduler(mount, 500);
    scheduler.start();
  });

  afterEach(() => {
    scheduler.stop();
    vi.useRealTimers();
  });

  it('mounts one queued fragment per interval', async () => {
    scheduler.enqueue(frag('a'));
    scheduler.enqueue(frag('b'));
    await vi.advanceTimersByTimeAsync(500);
    expect(mount).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(mount).toHaveBeenCalledTimes(2);
    expect(scheduler.pending).toBe(0);
  });

  it('requeues a fragment whose mount fails', async () => {
    mount.mockRejectedValueOnce(new Error('plug rack full'));
    scheduler.enqueue(frag('c'));
    await vi.advanceTimersByTimeAsync(500);
    expect(scheduler.pending).toBe(1);
  });

  it('reports per-fragment outcomes from mountNow', async () => {
    mount.mockImplementation(async (f) => {
      if (f.id === 'bad') throw new Error('broken skeleton');
      return `plug-${f.id}`;
    });

    const pending = scheduler.mountNow([frag('x'), frag('bad'), frag('y')]);
    expect(mount).toHaveBeenCalledTimes(3);
    const results = await pending;

    const mounted = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    expect(mounted).toEqual(['plug-x', 'plug-y']);
    expect(failures).toEqual(['Error: broken skeleton']);
  });
});
