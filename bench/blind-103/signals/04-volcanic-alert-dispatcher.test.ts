// expect: none
// The dispatcher passes the caller's signal to every pager request and, in its catch, rethrows when the signal is aborted before queueing for retry; the test fetch mock clears its timer and removes its abort listener on either outcome.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

interface GasAlert {
  station: string;
  gas: 'SO2' | 'H2S';
  ppm: number;
  level: 'advisory' | 'watch' | 'warning';
}

class AlertDispatcher {
  readonly backlog: GasAlert[] = [];

  constructor(
    private readonly fetchFn: FetchFn,
    private readonly pagerUrl: string,
  ) {}

  async dispatch(alert: GasAlert, signal: AbortSignal): Promise<'sent' | 'queued'> {
    try {
      await this.post(alert, signal);
      return 'sent';
    } catch (err) {
      if (signal.aborted) throw err;
      this.backlog.push(alert);
      return 'queued';
    }
  }

  async drain(signal: AbortSignal): Promise<number> {
    let sent = 0;
    while (this.backlog.length > 0) {
      await this.post(this.backlog[0]!, signal);
      this.backlog.shift();
      sent += 1;
    }
    return sent;
  }

  close(): void {
    this.backlog.length = 0;
  }

  private async post(alert: GasAlert, signal: AbortSignal): Promise<void> {
    const res = await this.fetchFn(this.pagerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alert),
      signal,
    });
    if (!res.ok) throw new Error(`pager HTTP ${res.status}`);
  }
}

function slowPager(delayMs: number, status = 202) {
  return vi.fn<FetchFn>((_url, init) => new Promise<Response>((resolve, reject) => {
    const signal = init.signal;
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(new Response(null, { status }));
    }, delayMs);
    signal?.addEventListener('abort', onAbort, { once: true });
  }));
}

const ALERT: GasAlert = { station: 'crater-east', gas: 'SO2', ppm: 14.2, level: 'warning' };

describe('AlertDispatcher', () => {
  let dispatcher: AlertDispatcher;

  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    dispatcher.close();
    vi.useRealTimers();
  });

  it('sends alerts through the pager', async () => {
    const pager = slowPager(200);
    dispatcher = new AlertDispatcher(pager, 'https://pager.example/alerts');
    const [outcome] = await Promise.all([dispatcher.dispatch(ALERT, new AbortController().signal), vi.advanceTimersByTimeAsync(200)]);
    expect(outcome).toBe('sent');
    expect(pager).toHaveBeenCalledTimes(1);
  });

  it('queues alerts when the pager is down and drains them later', async () => {
    dispatcher = new AlertDispatcher(slowPager(50, 503), 'https://pager.example/alerts');
    const [outcome] = await Promise.all([dispatcher.dispatch(ALERT, new AbortController().signal), vi.advanceTimersByTimeAsync(50)]);
    expect(outcome).toBe('queued');
    expect(dispatcher.backlog).toHaveLength(1);
  });

  it('rejects with AbortError instead of queueing when the caller aborts', async () => {
    dispatcher = new AlertDispatcher(slowPager(10_000), 'https://pager.example/alerts');
    const ac = new AbortController();
    const pending = dispatcher.dispatch(ALERT, ac.signal);
    ac.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(dispatcher.backlog).toHaveLength(0);
  });
});
