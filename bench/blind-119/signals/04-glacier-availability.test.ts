// expect: no-swallowed-abort
// lookup wraps every fetch failure, including the AbortError from a cancelled request, in a HutServiceError, so callers can no longer recognise the cancellation by its name.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

interface Availability {
  hutId: string;
  nights: Record<string, number>;
}

class HutServiceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HutServiceError';
  }
}

class AvailabilityClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: FetchLike,
  ) {}

  async lookup(hutId: string, nights: string[], signal?: AbortSignal): Promise<Availability> {
    const url = `${this.baseUrl}/huts/${hutId}/availability?nights=${nights.join(',')}`;
    let res: Response;
    try {
      res = await this.fetchImpl(url, { signal, headers: { accept: 'application/json' } });
    } catch (err) {
      throw new HutServiceError(`availability service unreachable for ${hutId}`, { cause: err });
    }
    if (!res.ok) {
      throw new HutServiceError(`availability service returned ${res.status} for ${hutId}`);
    }
    const body = (await res.json()) as { beds: Record<string, number> };
    return { hutId, nights: body.beds };
  }
}

describe('AvailabilityClient', () => {
  let fetchImpl: ReturnType<typeof vi.fn<FetchLike>>;
  let client: AvailabilityClient;

  beforeEach(() => {
    fetchImpl = vi.fn<FetchLike>();
    client = new AvailabilityClient('https://huts.example.org/api', fetchImpl);
  });

  afterEach(() => {
    vi.resetAllMocks();
  });

  it('returns free beds per night', async () => {
    fetchImpl.mockResolvedValue(
      Response.json({ beds: { '2024-08-01': 12, '2024-08-02': 3 } }),
    );
    const result = await client.lookup('monte-rosa', ['2024-08-01', '2024-08-02']);
    expect(result.nights['2024-08-02']).toBe(3);
    expect(fetchImpl).toHaveBeenCalledWith(
      'https://huts.example.org/api/huts/monte-rosa/availability?nights=2024-08-01,2024-08-02',
      expect.objectContaining({ headers: { accept: 'application/json' } }),
    );
  });

  it('forwards the abort signal to fetch', async () => {
    fetchImpl.mockResolvedValue(Response.json({ beds: {} }));
    const controller = new AbortController();
    await client.lookup('hornli', ['2024-07-20'], controller.signal);
    expect(fetchImpl.mock.calls[0][1]?.signal).toBe(controller.signal);
  });

  it('reports HTTP failures as HutServiceError', async () => {
    fetchImpl.mockResolvedValue(new Response('maintenance', { status: 503 }));
    await expect(client.lookup('hornli', ['2024-07-20'])).rejects.toMatchObject({
      name: 'HutServiceError',
      message: expect.stringContaining('503'),
    });
  });

  it('reports network failures with the original cause', async () => {
    const boom = new TypeError('fetch failed');
    fetchImpl.mockRejectedValue(boom);
    await expect(client.lookup('hornli', ['2024-07-20'])).rejects.toMatchObject({ cause: boom });
  });
});
