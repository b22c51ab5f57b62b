// expect: none
// The feed forwards the caller's AbortSignal to the radar client and to the cancellable backoff sleep, and the tests abort with handlers attached before any await, so cancellation propagates end to end.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface RadarFrame {
  station: string;
  crevasseCount: number;
  maxWidthM: number;
}

interface RadarClient {
  frame(station: string, opts: { signal: AbortSignal }): Promise<RadarFrame>;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

class CrevasseFeed {
  constructor(
    private readonly radar: RadarClient,
    private readonly retries = 3,
    private readonly backoffMs = 2_000,
  ) {}

  async latest(station: string, signal: AbortSignal): Promise<RadarFrame> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.radar.frame(station, { signal });
      } catch (err) {
        if (signal.aborted || attempt >= this.retries) throw err;
        await sleep(this.backoffMs * attempt, signal);
      }
    }
  }
}

describe('CrevasseFeed', () => {
  let radar: { frame: ReturnType<typeof vi.fn<RadarClient['frame']>> };
  let feed: CrevasseFeed;
  let controller: AbortController;

  beforeEach(() => {
    vi.useFakeTimers();
    radar = { frame: vi.fn<RadarClient['frame']>() };
    feed = new CrevasseFeed(radar);
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('passes the caller signal to the radar client', async () => {
    radar.frame.mockResolvedValue({ station: 'breidamerkur', crevasseCount: 14, maxWidthM: 3.2 });

    await expect(feed.latest('breidamerkur', controller.signal)).resolves.toMatchObject({ crevasseCount: 14 });
    expect(radar.frame).toHaveBeenCalledWith('breidamerkur', { signal: controller.signal });
  });

  it('retries after a failure with backoff', async () => {
    radar.frame.mockRejectedValueOnce(new Error('uplink lost')).mockResolvedValueOnce({ station: 's', crevasseCount: 2, maxWidthM: 0.4 });

    const [frame] = await Promise.all([feed.latest('s', controller.signal), vi.advanceTimersByTimeAsync(2_000)]);
    expect(frame.crevasseCount).toBe(2);
    expect(radar.frame).toHaveBeenCalledTimes(2);
  });

  it('stops waiting for the backoff as soon as the caller aborts', async () => {
    radar.frame.mockRejectedValue(new Error('uplink lost'));

    await Promise.all([
      expect(feed.latest('s', controller.signal)).rejects.toThrow('survey cancelled'),
      vi.advanceTimersByTimeAsync(500).then(() => controller.abort(new Error('survey cancelled'))),
    ]);
    expect(radar.frame).toHaveBeenCalledTimes(1);
  });
});
