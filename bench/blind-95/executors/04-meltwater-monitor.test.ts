// expect: no-multiple-settle
// The fixture loader calls reject(err) without returning, so a missing fixture falls through to JSON.parse(undefined) inside the fs callback and crashes the test worker with an uncaught SyntaxError instead of failing the test cleanly.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs';

interface GaugeReading {
  station: string;
  flowM3s: number;
  at: string;
}

interface GaugeClient {
  latest(station: string): Promise<GaugeReading>;
}

class MeltwaterMonitor extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: GaugeClient,
    private readonly station: string,
    private readonly surgeThreshold: number,
  ) {
    super();
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.tick().catch((err: unknown) => this.emit('error', err));
    }, intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async tick(): Promise<void> {
    const reading = await this.client.latest(this.station);
    if (reading.flowM3s >= this.surgeThreshold) this.emit('surge', reading);
  }
}

function loadFixture(name: string): Promise<GaugeReading[]> {
  return new Promise((resolve, reject) => {
    readFile(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8', (err, text) => {
      if (err) reject(err);
      resolve(JSON.parse(text) as GaugeReading[]);
    });
  });
}

describe('MeltwaterMonitor', () => {
  let client: { latest: ReturnType<typeof vi.fn<GaugeClient['latest']>> };
  let monitor: MeltwaterMonitor;

  beforeEach(() => {
    vi.useFakeTimers();
    client = { latest: vi.fn<GaugeClient['latest']>() };
    monitor = new MeltwaterMonitor(client, 'vatnajokull-3', 120);
  });

  afterEach(() => {
    monitor.stop();
    monitor.removeAllListeners();
    vi.useRealTimers();
  });

  it('emits a surge when the gauge crosses the threshold', async () => {
    const readings = await loadFixture('jokulhlaup-2023');
    for (const r of readings) client.latest.mockResolvedValueOnce(r);
    const onSurge = vi.fn();
    monitor.on('surge', onSurge);

    monitor.start(60_000);
    await vi.advanceTimersByTimeAsync(readings.length * 60_000);

    expect(client.latest).toHaveBeenCalledTimes(readings.length);
    expect(onSurge).toHaveBeenCalledWith(expect.objectContaining({ station: 'vatnajokull-3' }));
  });

  it('reports gauge failures through the error event', async () => {
    client.latest.mockRejectedValue(new Error('modem timeout'));
    const onError = vi.fn();
    monitor.on('error', onError);

    monitor.start(1_000);
    await vi.advanceTimersByTimeAsync(3_000);

    expect(onError).toHaveBeenCalledTimes(3);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(Error);
  });
});
