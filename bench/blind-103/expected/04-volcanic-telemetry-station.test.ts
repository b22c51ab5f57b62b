// expect: no-uncalled-async-function
// The afterEach teardown passes broker.disconnect (the method, not a call) to Promise.all, so the fake broker is never disconnected between tests and its connection count and subscriptions leak into the next test.
import { describe, it, expect, vi, beforeEach, afterEach, type Mock } from 'vitest';

interface Reading { station: string; so2Ppm: number; tiltMicroRad: number }
interface Sensors { read(): Reading }

class FakeBroker {
  connections = 0;
  readonly published: { topic: string; payload: string }[] = [];

  async connect(): Promise<void> {
    this.connections += 1;
  }

  async disconnect(): Promise<void> {
    if (this.connections === 0) throw new Error('not connected');
    this.connections -= 1;
  }

  async publish(topic: string, payload: string): Promise<void> {
    if (this.connections === 0) throw new Error('publish while disconnected');
    this.published.push({ topic, payload });
  }
}

class TelemetryStation {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly broker: FakeBroker,
    private readonly sensors: Sensors,
    private readonly onError: (err: unknown) => void,
    private readonly everyMs = 10_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      const r = this.sensors.read();
      this.inFlight = this.broker
        .publish(`volcano/${r.station}/telemetry`, JSON.stringify(r))
        .catch(this.onError);
    }, this.everyMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
  }
}

describe('TelemetryStation', () => {
  let broker: FakeBroker;
  let station: TelemetryStation;
  let onError: Mock<(err: unknown) => void>;
  const sensors: Sensors = { read: () => ({ station: 'summit-2', so2Ppm: 3.1, tiltMicroRad: 12 }) };

  beforeEach(async () => {
    vi.useFakeTimers();
    broker = new FakeBroker();
    await broker.connect();
    onError = vi.fn();
    station = new TelemetryStation(broker, sensors, onError, 10_000);
    station.start();
  });

  afterEach(async () => {
    await Promise.all([station.stop(), broker.disconnect]);
    vi.useRealTimers();
  });

  it('publishes a reading every ten seconds', async () => {
    await vi.advanceTimersByTimeAsync(30_000);
    expect(broker.published).toHaveLength(3);
    expect(JSON.parse(broker.published[0]!.payload)).toMatchObject({ station: 'summit-2', so2Ppm: 3.1 });
  });

  it('publishes to the station topic', async () => {
    await vi.advanceTimersByTimeAsync(10_000);
    expect(broker.published[0]?.topic).toBe('volcano/summit-2/telemetry');
  });

  it('reports publish failures instead of throwing from the timer', async () => {
    await broker.disconnect();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'publish while disconnected' }));
    await broker.connect();
  });

  it('stops publishing after stop()', async () => {
    await station.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(broker.published).toHaveLength(0);
  });
});
