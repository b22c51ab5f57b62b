// expect: none
// The interval callback chains a catch onto every beat() call that routes failures to a 'beat-failed' event, so no heartbeat promise is left unhandled.
import { EventEmitter } from 'node:events';

export interface RadioLink {
  ping(relayId: string): Promise<{ rssi: number; batteryV: number }>;
}

export interface RelayHealth {
  relayId: string;
  lastSeen: number | null;
  rssi: number | null;
  batteryV: number | null;
  missed: number;
}

export class RelayHeartbeat extends EventEmitter {
  private readonly health = new Map<string, RelayHealth>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private beating = false;

  constructor(
    private readonly radio: RadioLink,
    relayIds: string[],
    private readonly maxMissed = 3,
  ) {
    super();
    for (const relayId of relayIds) {
      this.health.set(relayId, { relayId, lastSeen: null, rssi: null, batteryV: null, missed: 0 });
    }
  }

  start(everyMs = 30_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.beating) return;
      this.beating = true;
      this.beat()
        .finally(() => {
          this.beating = false;
        })
        .catch((err: unknown) => {
          this.emit('beat-failed', err);
        });
    }, everyMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  snapshot(): RelayHealth[] {
    return [...this.health.values()].map((h) => ({ ...h }));
  }

  async beat(): Promise<void> {
    for (const entry of this.health.values()) {
      try {
        const reply = await this.radio.ping(entry.relayId);
        entry.lastSeen = Date.now();
        entry.rssi = reply.rssi;
        entry.batteryV = reply.batteryV;
        entry.missed = 0;
        if (reply.batteryV < 11.4) this.emit('low-battery', entry.relayId, reply.batteryV);
      } catch {
        entry.missed += 1;
        if (entry.missed === this.maxMissed) this.emit('relay-down', entry.relayId);
      }
    }
  }
}
