// expect: no-multiple-settle
// On the deadline path the poll interval is never cleared, so a late ack still calls resolve after reject.
export interface Transmission {
  seq: number;
  callsign: string;
  payload: string;
}

export interface AckInfo {
  seq: number;
  rssi: number;
  receivedAt: number;
}

declare const hutRadio: {
  transmit(frame: Transmission): void;
  lastAck(): AckInfo | undefined;
  batteryVolts(): number;
};

declare const valleyRelay: {
  forward(seq: number, message: string): Promise<void>;
};

const POLL_MS = 250;
const LOW_BATTERY_V = 11.4;

export class AckTimeoutError extends Error {
  constructor(readonly seq: number, readonly waitedMs: number) {
    super(`no ack for frame ${seq} after ${waitedMs} ms`);
    this.name = 'AckTimeoutError';
  }
}

function awaitAck(seq: number, timeoutMs: number): Promise<AckInfo> {
  return new Promise<AckInfo>((resolve, reject) => {
    const poll = setInterval(() => {
      const ack = hutRadio.lastAck();
      if (ack && ack.seq === seq) {
        clearInterval(poll);
        clearTimeout(deadline);
        resolve(ack);
      }
    }, POLL_MS);

    const deadline = setTimeout(() => {
      reject(new AckTimeoutError(seq, timeoutMs));
    }, timeoutMs);
  });
}

export class HutTransmitter {
  private seq = 0;

  constructor(private readonly callsign: string, private readonly timeoutMs = 8_000) {}

  private nextFrame(payload: string): Transmission {
    this.seq = (this.seq + 1) % 0xffff;
    return { seq: this.seq, callsign: this.callsign, payload };
  }

  async send(payload: string, attempts = 3): Promise<AckInfo> {
    const frame = this.nextFrame(payload);
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (hutRadio.batteryVolts() < LOW_BATTERY_V && attempt > 1) {
        break;
      }
      hutRadio.transmit(frame);
      try {
        return await awaitAck(frame.seq, this.timeoutMs * attempt);
      } catch (err) {
        lastError = err;
      }
    }
    throw lastError ?? new AckTimeoutError(frame.seq, 0);
  }

  async sendWeatherReport(tempC: number, windKmh: number, visibility: string): Promise<void> {
    const text = `WX T${tempC.toFixed(1)} W${Math.round(windKmh)} V${visibility}`;
    const ack = await this.send(text);
    await valleyRelay.forward(ack.seq, text);
  }

  async sendRescueRequest(party: number, grid: string): Promise<AckInfo> {
    return this.send(`SOS P${party} G${grid}`, 6);
  }
}
