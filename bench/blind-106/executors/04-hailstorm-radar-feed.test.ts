// expect: no-multiple-settle
// The nextFrame waiter only listens for 'frame' and ignores the feed's 'error' and 'close' events, so when a scan is rejected or the feed is closed the promise never settles and the test hangs until the runner timeout.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface RawScan {
  stationId: string;
  azimuthDeg: number;
  reflectivityDbz: number[];
}

interface RadarFrame {
  stationId: string;
  scans: number;
  maxDbz: number;
}

interface AlertSink {
  raise(stationId: string, maxDbz: number): void;
}

class RadarFeed extends EventEmitter {
  private pending: RawScan[] = [];
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(private readonly sink: AlertSink, private readonly debounceMs = 250) {
    super();
  }

  push(scan: RawScan): void {
    if (scan.azimuthDeg < 0 || scan.azimuthDeg >= 360 || scan.reflectivityDbz.length === 0) {
      this.emit('error', new Error(`bad scan from ${scan.stationId} at ${scan.azimuthDeg}°`));
      return;
    }
    this.pending.push(scan);
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => this.flush(), this.debounceMs);
  }

  private flush(): void {
    const scans = this.pending;
    this.pending = [];
    const maxDbz = Math.max(...scans.flatMap((s) => s.reflectivityDbz));
    const frame: RadarFrame = { stationId: scans[0].stationId, scans: scans.length, maxDbz };
    if (maxDbz >= 55) this.sink.raise(frame.stationId, maxDbz);
    this.emit('frame', frame);
  }

  close(): void {
    clearTimeout(this.flushTimer);
    this.pending = [];
    this.emit('close');
    this.removeAllListeners();
  }
}

function nextFrame(feed: RadarFeed): Promise<RadarFrame> {
  return new Promise<RadarFrame>((resolve) => {
    feed.once('frame', resolve);
  });
}

const scan = (dbz: number[], azimuthDeg = 90): RawScan => ({ stationId: 'KDDC', azimuthDeg, reflectivityDbz: dbz });

describe('RadarFeed', () => {
  let sink: { raise: ReturnType<typeof vi.fn<AlertSink['raise']>> };
  let errors: ReturnType<typeof vi.fn<(err: Error) => void>>;
  let feed: RadarFeed;

  beforeEach(() => {
    vi.useFakeTimers();
    sink = { raise: vi.fn<AlertSink['raise']>() };
    errors = vi.fn<(err: Error) => void>();
    feed = new RadarFeed(sink);
    feed.on('error', errors);
  });

  afterEach(() => {
    feed.close();
    vi.useRealTimers();
  });

  it('batches scans inside the debounce window into one frame', async () => {
    const frame = nextFrame(feed);
    feed.push(scan([20, 31]));
    feed.push(scan([44], 91));
    vi.advanceTimersByTime(250);
    await expect(frame).resolves.toEqual({ stationId: 'KDDC', scans: 2, maxDbz: 44 });
    expect(sink.raise).not.toHaveBeenCalled();
  });

  it('raises a hail alert at 55 dBZ or more', async () => {
    const frame = nextFrame(feed);
    feed.push(scan([38, 61, 57]));
    vi.advanceTimersByTime(250);
    await frame;
    expect(sink.raise).toHaveBeenCalledWith('KDDC', 61);
  });

  it('keeps going after a malformed scan', async () => {
    feed.push(scan([12], 400));
    expect(errors).toHaveBeenCalledOnce();
    const frame = nextFrame(feed);
    feed.push(scan([50]));
    vi.advanceTimersByTime(250);
    await expect(frame).resolves.toMatchObject({ scans: 1, maxDbz: 50 });
  });
});
