// expect: none
// The renderer forwards its signal to every step and its catch re-throws AbortError untouched, wrapping only genuine render failures, and the tests assert exactly that.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface IrisOrder {
  orderId: string;
  baseShade: string;
  stromaPattern: 'radial' | 'crypt' | 'furrow';
  pupilMm: number;
}

interface PigmentMap {
  layers: Array<{ hex: string; opacity: number }>;
}

interface RenderDeps {
  fetchPigmentMap(shade: string, options: { signal?: AbortSignal }): Promise<PigmentMap>;
  rasterize(order: IrisOrder, map: PigmentMap, options: { signal?: AbortSignal }): Promise<Uint8Array>;
}

class IrisRenderError extends Error {
  constructor(readonly orderId: string, options: { cause: unknown }) {
    super(`Could not render iris for ${orderId}`, options);
    this.name = 'IrisRenderError';
  }
}

class IrisRenderer {
  constructor(private readonly deps: RenderDeps) {}

  async render(order: IrisOrder, signal?: AbortSignal): Promise<Uint8Array> {
    try {
      const map = await this.deps.fetchPigmentMap(order.baseShade, { signal });
      return await this.deps.rasterize(order, map, { signal });
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      throw new IrisRenderError(order.orderId, { cause: err });
    }
  }
}

function abortableDelay<T>(ms: number, value: T, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const order: IrisOrder = { orderId: 'GE-4410', baseShade: 'HZ-14', stromaPattern: 'crypt', pupilMm: 4.2 };

describe('IrisRenderer', () => {
  let deps: RenderDeps;

  beforeEach(() => {
    vi.useFakeTimers();
    deps = {
      fetchPigmentMap: vi.fn((_shade: string, { signal }: { signal?: AbortSignal }) =>
        abortableDelay(50, { layers: [{ hex: '#6b4f2a', opacity: 0.8 }] }, signal),
      ),
      rasterize: vi.fn((_o: IrisOrder, _m: PigmentMap, { signal }: { signal?: AbortSignal }) =>
        abortableDelay(200, new Uint8Array([1, 2, 3]), signal),
      ),
    };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('renders the iris bitmap', async () => {
    const result = new IrisRenderer(deps).render(order);
    await vi.advanceTimersByTimeAsync(250);
    await expect(result).resolves.toEqual(new Uint8Array([1, 2, 3]));
  });

  it('passes the signal to both steps and rejects with AbortError when cancelled', async () => {
    const controller = new AbortController();
    const result = new IrisRenderer(deps).render(order, controller.signal);
    const assertion = expect(result).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await assertion;
    expect(deps.rasterize).toHaveBeenCalledWith(order, expect.anything(), { signal: controller.signal });
  });

  it('wraps real failures with the order id and cause', async () => {
    const boom = new Error('pigment library offline');
    vi.mocked(deps.fetchPigmentMap).mockRejectedValueOnce(boom);
    await expect(new IrisRenderer(deps).render(order)).rejects.toMatchObject({
      name: 'IrisRenderError',
      cause: boom,
    });
  });
});
