// expect: none
// The tile client passes the caller's signal to fetch and to its backoff delay and rethrows aborts from its retry catch instead of retrying them, and the suite checks exactly that with fake timers.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface TileRequest {
  product: 'mesh' | 'reflectivity';
  z: number;
  x: number;
  y: number;
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

class RadarTileClient {
  constructor(private readonly fetchImpl: typeof fetch, private readonly baseUrl: string, private readonly retries = 3) {}

  async fetchTile(req: TileRequest, opts: { signal?: AbortSignal } = {}): Promise<ArrayBuffer> {
    const url = `${this.baseUrl}/${req.product}/${req.z}/${req.x}/${req.y}.png`;
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await this.fetchImpl(url, { signal: opts.signal });
        if (res.status >= 500) throw new Error(`tile server ${res.status}`);
        if (!res.ok) throw new Error(`tile ${url} rejected with ${res.status}`);
        return await res.arrayBuffer();
      } catch (err) {
        if (opts.signal?.aborted || (err instanceof Error && err.name === 'AbortError')) throw err;
        if (attempt >= this.retries) throw err;
      }
      await delay(200 * 2 ** attempt, opts.signal);
    }
  }
}

const mesh: TileRequest = { product: 'mesh', z: 7, x: 29, y: 49 };

describe('RadarTileClient', () => {
  let fetchImpl: ReturnType<typeof vi.fn<typeof fetch>>;
  let client: RadarTileClient;

  beforeEach(() => {
    vi.useFakeTimers();
    fetchImpl = vi.fn<typeof fetch>();
    client = new RadarTileClient(fetchImpl, 'https://tiles.example/radar');
  });

  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('forwards the caller signal to fetch', async () => {
    fetchImpl.mockResolvedValueOnce(new Response(new Uint8Array([1, 2, 3])));
    const ctl = new AbortController();
    const tile = await client.fetchTile(mesh, { signal: ctl.signal });
    expect(tile.byteLength).toBe(3);
    expect(fetchImpl).toHaveBeenCalledWith(
      'https://tiles.example/radar/mesh/7/29/49.png',
      expect.objectContaining({ signal: ctl.signal }),
    );
  });

  it('retries a 503 after backing off', async () => {
    fetchImpl
      .mockResolvedValueOnce(new Response(null, { status: 503 }))
      .mockResolvedValueOnce(new Response(new Uint8Array([9])));
    const [tile] = await Promise.all([client.fetchTile(mesh), vi.advanceTimersByTimeAsync(200)]);
    expect(tile.byteLength).toBe(1);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('stops during backoff when the storm view is closed', async () => {
    fetchImpl.mockResolvedValue(new Response(null, { status: 503 }));
    const ctl = new AbortController();
    await Promise.all([
      expect(client.fetchTile(mesh, { signal: ctl.signal })).rejects.toMatchObject({ name: 'AbortError' }),
      vi.advanceTimersByTimeAsync(50).then(() => ctl.abort()),
    ]);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });
});
