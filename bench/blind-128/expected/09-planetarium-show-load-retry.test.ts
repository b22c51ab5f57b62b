// expect: no-reused-settled-promise
// withRetry calls fn() once before its loop and then re-awaits that same promise on every attempt, so after a transient failure it just rethrows the same rejection instead of retrying the load.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface ShowAsset {
  showId: string;
  frames: number;
  projectorCount: number;
}

interface DomeProjectorApi {
  loadShow(showId: string): Promise<ShowAsset>;
}

async function withRetry<T>(fn: () => Promise<T>, attempts: number, delayMs = 100): Promise<T> {
  const attempt = fn();
  for (let i = 1; i <= attempts; i++) {
    try {
      return await attempt;
    } catch (err) {
      if (i === attempts) throw err;
      await new Promise((r) => setTimeout(r, delayMs * i));
    }
  }
  throw new Error('unreachable');
}

class ShowController {
  constructor(private readonly api: DomeProjectorApi) {}

  prepare(showId: string): Promise<ShowAsset> {
    return withRetry(() => this.api.loadShow(showId), 3);
  }
}

describe('ShowController.prepare', () => {
  let api: { loadShow: ReturnType<typeof vi.fn> };
  let controller: ShowController;

  beforeEach(() => {
    vi.useFakeTimers();
    api = { loadShow: vi.fn() };
    controller = new ShowController(api as unknown as DomeProjectorApi);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the loaded show', async () => {
    api.loadShow.mockResolvedValue({ showId: 'aurora', frames: 86_400, projectorCount: 6 });
    await expect(controller.prepare('aurora')).resolves.toMatchObject({ showId: 'aurora' });
    expect(api.loadShow).toHaveBeenCalledWith('aurora');
  });

  it('surfaces the error once every attempt has failed', async () => {
    api.loadShow.mockRejectedValue(new Error('projector 4 not responding'));
    const pending = controller.prepare('nebula');
    const assertion = expect(pending).rejects.toThrow('projector 4 not responding');
    await vi.runAllTimersAsync();
    await assertion;
  });

  it('passes the show id through unchanged', async () => {
    api.loadShow.mockResolvedValue({ showId: 'black-holes', frames: 54_000, projectorCount: 6 });
    const show = await controller.prepare('black-holes');
    expect(show.projectorCount).toBe(6);
  });
});
