// expect: none
// The nextEvent() test helper settles from exactly one of the event, 'error' or timeout paths, and each path first removes both listeners and clears the timer, so it can neither settle twice nor hang.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Sample {
  station: string;
  channel: 'HHZ' | 'HHN' | 'HHE';
  counts: number;
  at: number;
}

interface Digitizer {
  read(): Promise<Sample>;
}

class StationLink extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private inFlight = false;

  constructor(private readonly digitizer: Digitizer, private readonly periodMs: number) {
    super();
  }

  start(): void {
    this.timer ??= setInterval(() => this.tick(), this.periodMs);
  }

  private tick(): void {
    if (this.inFlight) return;
    this.inFlight = true;
    this.digitizer
      .read()
      .then((sample) => this.emit('sample', sample))
      .catch((err: unknown) => this.emit('error', err))
      .finally(() => {
        this.inFlight = false;
      });
  }

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.removeAllListeners();
  }
}

function nextEvent<T>(emitter: EventEmitter, name: string, ms = 1_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      emitter.off(name, onEvent);
      emitter.off('error', onError);
    };
    const onEvent = (value: T): void => {
      cleanup();
      resolve(value);
    };
    const onError = (err: unknown): void => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for '${name}'`));
    }, ms);
    emitter.on(name, onEvent);
    emitter.on('error', onError);
  });
}

describe('StationLink', () => {
  let digitizer: { read: ReturnType<typeof vi.fn<() => Promise<Sample>>> };
  let link: StationLink;

  beforeEach(() => {
    vi.useFakeTimers();
    digitizer = { read: vi.fn<() => Promise<Sample>>() };
    link = new StationLink(digitizer, 250);
  });

  afterEach(() => {
    link.close();
    vi.useRealTimers();
  });

  it('emits a sample every period', async () => {
    digitizer.read.mockResolvedValue({ station: 'PNSN.ALKI', channel: 'HHZ', counts: 1834, at: 0 });
    link.start();
    const waiting = expect(nextEvent<Sample>(link, 'sample')).resolves.toMatchObject({ counts: 1834 });
    await vi.advanceTimersByTimeAsync(250);
    await waiting;
    expect(digitizer.read).toHaveBeenCalledTimes(1);
  });

  it('surfaces digitizer failures as error events', async () => {
    digitizer.read.mockRejectedValue(new Error('GPS lock lost'));
    link.start();
    const waiting = expect(nextEvent(link, 'sample')).rejects.toThrow('GPS lock lost');
    await vi.advanceTimersByTimeAsync(250);
    await waiting;
  });

  it('does not overlap reads when the digitizer is slow', async () => {
    digitizer.read.mockImplementation(() => new Promise<Sample>(() => undefined));
    link.start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(digitizer.read).toHaveBeenCalledTimes(1);
  });
});
