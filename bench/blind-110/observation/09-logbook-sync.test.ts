// expect: none
// In the give-up test the rejects assertion is attached to the pending push before the fake timers are advanced, so the rejection is observed the moment it happens.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Dive {
  diveNo: number;
  cave: string;
  maxDepthM: number;
  penetrationM: number;
  bottomTimeMin: number;
}

interface LogbookApi {
  upload(dive: Dive): Promise<{ id: string }>;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class LogbookSync {
  constructor(private readonly api: LogbookApi, private readonly backoffMs: number[] = [500, 2000]) {}

  async push(dive: Dive): Promise<string> {
    let lastError: unknown;
    for (let attempt = 0; attempt <= this.backoffMs.length; attempt++) {
      try {
        const { id } = await this.api.upload(dive);
        return id;
      } catch (err) {
        lastError = err;
        if (attempt < this.backoffMs.length) await delay(this.backoffMs[attempt]);
      }
    }
    throw new Error(`dive ${dive.diveNo} at ${dive.cave} not uploaded after ${this.backoffMs.length + 1} attempts`, {
      cause: lastError,
    });
  }
}

const dive: Dive = { diveNo: 214, cave: 'Sistema Ox Bel Ha', maxDepthM: 21, penetrationM: 1450, bottomTimeMin: 142 };

describe('LogbookSync', () => {
  let upload: ReturnType<typeof vi.fn<LogbookApi['upload']>>;
  let sync: LogbookSync;

  beforeEach(() => {
    vi.useFakeTimers();
    upload = vi.fn<LogbookApi['upload']>();
    sync = new LogbookSync({ upload });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('uploads on the first try', async () => {
    upload.mockResolvedValueOnce({ id: 'log-9f2' });
    await expect(sync.push(dive)).resolves.toBe('log-9f2');
    expect(upload).toHaveBeenCalledTimes(1);
  });

  it('retries after a transient failure', async () => {
    upload.mockRejectedValueOnce(new Error('502 from logbook server')).mockResolvedValueOnce({ id: 'log-a11' });
    const assertion = expect(sync.push(dive)).resolves.toBe('log-a11');
    await vi.advanceTimersByTimeAsync(500);
    await assertion;
    expect(upload).toHaveBeenCalledTimes(2);
  });

  it('gives up after three attempts', async () => {
    upload.mockRejectedValue(new Error('503 maintenance'));
    const pending = sync.push(dive);
    const assertion = expect(pending).rejects.toThrow(/not uploaded after 3 attempts/);
    await vi.advanceTimersByTimeAsync(2500);
    await assertion;
    expect(upload).toHaveBeenCalledTimes(3);
  });
});
