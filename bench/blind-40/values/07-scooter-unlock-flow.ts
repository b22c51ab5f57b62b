// expect: none
// unlockedAt is written in a .then() callback and read only after Promise.all has awaited that chain, and this.latest is read only after the awaited once() telemetry frame.
import { EventEmitter, once } from 'node:events';

export interface Telemetry {
  scooterId: string;
  batteryPct: number;
  lat: number;
  lng: number;
  speedKph: number;
}

interface UnlockAck {
  scooterId: string;
  at: number;
  firmware: string;
}

export interface Ride {
  rideId: string;
  scooterId: string;
  riderId: string;
  startedAt: number;
  startBatteryPct: number;
  startLocation: { lat: number; lng: number };
}

declare const lockService: {
  release(scooterId: string, riderId: string): Promise<UnlockAck>;
};

declare const rides: {
  open(ride: Ride): Promise<void>;
  nextId(): string;
};

export class ScooterSession {
  private latest: Telemetry | undefined;

  constructor(
    private readonly scooterId: string,
    private readonly link: EventEmitter,
  ) {
    link.on('telemetry', (frame: Telemetry) => {
      this.latest = frame;
    });
  }

  lastKnownBattery(): number | undefined {
    return this.latest?.batteryPct;
  }

  async startRide(riderId: string, minBatteryPct = 15): Promise<Ride> {
    let unlockedAt = 0;
    const unlocked = lockService.release(this.scooterId, riderId).then((ack) => {
      unlockedAt = ack.at;
      return ack;
    });

    const [ack] = await Promise.all([unlocked, once(this.link, 'telemetry')]);
    const telemetry = this.latest;
    if (!telemetry) {
      throw new Error(`no telemetry from ${this.scooterId} after unlock (firmware ${ack.firmware})`);
    }
    if (telemetry.batteryPct < minBatteryPct) {
      throw new Error(`${this.scooterId} battery at ${telemetry.batteryPct}%, below ${minBatteryPct}%`);
    }

    const ride: Ride = {
      rideId: rides.nextId(),
      scooterId: this.scooterId,
      riderId,
      startedAt: unlockedAt,
      startBatteryPct: telemetry.batteryPct,
      startLocation: { lat: telemetry.lat, lng: telemetry.lng },
    };
    await rides.open(ride);
    return ride;
  }
}
