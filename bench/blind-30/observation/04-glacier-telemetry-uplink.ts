// expect: no-floating-promises
// The async setInterval callback's promise is ignored by the timer, so a failed satellite send becomes an unhandled rejection.
export interface TelemetryFrame {
  droneId: string;
  seq: number;
  lat: number;
  lon: number;
  altitudeM: number;
  batteryPct: number;
  rotorTempC: number[];
  at: number;
}

interface SatelliteModem {
  send(payload: Uint8Array, priority: 'routine' | 'urgent'): Promise<{ bytes: number; creditsLeft: number }>;
}

declare const onboardLog: { write(line: string): void };

const MAX_FRAMES_PER_BURST = 24;
const LOW_CREDIT_THRESHOLD = 50;

function encodeFrames(frames: TelemetryFrame[]): Uint8Array {
  const compact = frames.map((f) => [
    f.seq,
    Math.round(f.lat * 1e5),
    Math.round(f.lon * 1e5),
    Math.round(f.altitudeM),
    f.batteryPct,
    Math.max(...f.rotorTempC),
    f.at,
  ]);
  return new TextEncoder().encode(JSON.stringify({ d: frames[0]?.droneId, f: compact }));
}

export class TelemetryUplink {
  private buffer: TelemetryFrame[] = [];
  private timer: NodeJS.Timeout | undefined;
  private creditsLeft = Number.POSITIVE_INFINITY;
  private sentFrames = 0;

  constructor(private readonly modem: SatelliteModem, private readonly burstIntervalMs = 30_000) {}

  push(frame: TelemetryFrame): void {
    this.buffer.push(frame);
    if (this.buffer.length > MAX_FRAMES_PER_BURST * 20) {
      this.buffer.splice(0, this.buffer.length - MAX_FRAMES_PER_BURST * 20);
    }
  }

  start(): void {
    this.timer = setInterval(async () => {
      if (this.buffer.length === 0) return;
      const burst = this.buffer.slice(0, MAX_FRAMES_PER_BURST);
      const urgent = burst.some((f) => f.batteryPct < 20 || Math.max(...f.rotorTempC) > 85);
      if (!urgent && this.creditsLeft < LOW_CREDIT_THRESHOLD) return;
      const receipt = await this.modem.send(encodeFrames(burst), urgent ? 'urgent' : 'routine');
      this.buffer.splice(0, burst.length);
      this.sentFrames += burst.length;
      this.creditsLeft = receipt.creditsLeft;
      onboardLog.write(`uplink burst ${burst.length} frames, ${receipt.bytes}B, credits ${receipt.creditsLeft}`);
    }, this.burstIntervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  stats() {
    return { buffered: this.buffer.length, sent: this.sentFrames, creditsLeft: this.creditsLeft };
  }
}
