// expect: none
// Each retry calls `this.satellite.send(batch)` afresh inside the loop rather than re-awaiting an old promise, and the hooks call `uplink.start()` / `uplink.stop()` with parentheses, so every attempt is a real new transmission and teardown really closes the link.
import { describe, it, beforeEach, afterEach } from 'node:test';
import { mock } from 'node:test';
import assert from 'node:assert/strict';

interface StakeReading {
  stake: string;
  ablationCm: number;
  at: string;
}

interface SatelliteModem {
  open(): Promise<void>;
  send(payload: string): Promise<{ messageId: number }>;
  close(): Promise<void>;
}

type Sleep = (ms: number) => Promise<void>;

class TelemetryUplink {
  private opened = false;

  constructor(
    private readonly satellite: SatelliteModem,
    private readonly sleep: Sleep,
    private readonly attempts = 4,
  ) {}

  async start(): Promise<void> {
    await this.satellite.open();
    this.opened = true;
  }

  async transmit(readings: StakeReading[]): Promise<number> {
    if (!this.opened) throw new Error('uplink not started');
    const batch = JSON.stringify(readings.map((r) => [r.stake, r.ablationCm, r.at]));
    let lastError: unknown;
    for (let attempt = 0; attempt < this.attempts; attempt++) {
      try {
        const { messageId } = await this.satellite.send(batch);
        return messageId;
      } catch (err) {
        lastError = err;
        await this.sleep(30_000 * 2 ** attempt);
      }
    }
    throw new Error(`satellite send failed after ${this.attempts} attempts`, { cause: lastError });
  }

  async stop(): Promise<void> {
    if (!this.opened) return;
    this.opened = false;
    await this.satellite.close();
  }
}

describe('TelemetryUplink', () => {
  let modem: { [K in keyof SatelliteModem]: ReturnType<typeof mock.fn<SatelliteModem[K]>> };
  let sleep: ReturnType<typeof mock.fn<Sleep>>;
  let uplink: TelemetryUplink;
  const readings: StakeReading[] = [{ stake: 'S12', ablationCm: 4.5, at: '2024-07-14T12:00:00Z' }];

  beforeEach(async () => {
    modem = {
      open: mock.fn<SatelliteModem['open']>(async () => {}),
      send: mock.fn<SatelliteModem['send']>(async () => ({ messageId: 7001 })),
      close: mock.fn<SatelliteModem['close']>(async () => {}),
    };
    sleep = mock.fn<Sleep>(async () => {});
    uplink = new TelemetryUplink(modem, sleep);
    await uplink.start();
  });

  afterEach(async () => {
    await uplink.stop();
    assert.equal(modem.close.mock.callCount(), 1);
  });

  it('sends the readings in one message', async () => {
    assert.equal(await uplink.transmit(readings), 7001);
    assert.equal(modem.send.mock.calls[0]?.arguments[0], '[["S12",4.5,"2024-07-14T12:00:00Z"]]');
  });

  it('retries with a fresh send after a dropped pass', async () => {
    modem.send.mock.mockImplementationOnce(async () => {
      throw new Error('no satellite in view');
    }, 0);

    assert.equal(await uplink.transmit(readings), 7001);
    assert.equal(modem.send.mock.callCount(), 2);
    assert.deepEqual(sleep.mock.calls.map((c) => c.arguments[0]), [30_000]);
  });

  it('gives up after the configured attempts', async () => {
    modem.send.mock.mockImplementation(async () => {
      throw new Error('modem brown-out');
    });

    await assert.rejects(uplink.transmit(readings), /failed after 4 attempts/);
    assert.equal(modem.send.mock.callCount(), 4);
  });
});
