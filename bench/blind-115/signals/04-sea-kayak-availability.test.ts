// expect: no-swallowed-abort
// The client's catch-all wraps every failure, including an AbortError from the caller's signal, in an AvailabilityError, so callers can no longer tell a cancellation from an outage.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Slot {
  kayakType: 'single' | 'tandem' | 'sit-on-top';
  start: string;
  free: number;
}

class AvailabilityError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AvailabilityError';
  }
}

class AvailabilityClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async slots(date: string, signal?: AbortSignal): Promise<Slot[]> {
    try {
      const res = await this.fetchImpl(`${this.baseUrl}/availability?date=${encodeURIComponent(date)}`, { signal });
      if (!res.ok) {
        throw new Error(`HTTP ${res.status}`);
      }
      const slots = (await res.json()) as Slot[];
      return slots.filter((s) => s.free > 0);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new AvailabilityError(`could not load kayak availability for ${date}: ${detail}`, { cause: err });
    }
  }
}

describe('AvailabilityClient', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  let client: AvailabilityClient;

  beforeEach(() => {
    fetchMock = vi.fn();
    client = new AvailabilityClient('https://bookings.example-kayaks.test', fetchMock as unknown as typeof fetch);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns only slots with free kayaks', async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify([
          { kayakType: 'single', start: '09:00', free: 3 },
          { kayakType: 'tandem', start: '09:00', free: 0 },
          { kayakType: 'sit-on-top', start: '11:00', free: 5 },
        ]),
        { status: 200, headers: { 'content-type': 'application/json' } },
      ),
    );

    const slots = await client.slots('2024-07-14');

    expect(slots.map((s) => s.kayakType)).toEqual(['single', 'sit-on-top']);
    expect(fetchMock).toHaveBeenCalledWith(
      'https://bookings.example-kayaks.test/availability?date=2024-07-14',
      expect.objectContaining({ signal: undefined }),
    );
  });

  it('wraps HTTP failures in an AvailabilityError', async () => {
    fetchMock.mockResolvedValue(new Response('maintenance', { status: 503 }));

    await expect(client.slots('2024-07-14')).rejects.toMatchObject({
      name: 'AvailabilityError',
      message: expect.stringContaining('HTTP 503'),
    });
  });

  it('forwards the caller signal to fetch', async () => {
    const controller = new AbortController();
    fetchMock.mockResolvedValue(new Response('[]', { status: 200 }));

    await client.slots('2024-07-15', controller.signal);

    expect(fetchMock.mock.calls[0][1]).toMatchObject({ signal: controller.signal });
  });
});
