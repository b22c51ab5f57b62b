// expect: no-promise-as-value
// The beacon frame puts this.bms.stateOfCharge() into the object without awaiting it, so JSON.stringify serialises the pending promise as {} and the pit wall never sees the battery level.
import { createSocket, type Socket } from 'node:dgram';

export interface GpsFix {
  lat: number;
  lon: number;
  speedKph: number;
  headingDeg: number;
}

export interface BatteryManagement {
  stateOfCharge(): Promise<number>;
  packTemperature(): Promise<number>;
  arrayInputWatts(): Promise<number>;
}

export interface GpsReceiver {
  currentFix(): Promise<GpsFix>;
}

export interface BeaconTarget {
  host: string;
  port: number;
}

export class RallyBeacon {
  private readonly socket: Socket = createSocket('udp4');
  private sequence = 0;

  constructor(
    private readonly carId: string,
    private readonly bms: BatteryManagement,
    private readonly gps: GpsReceiver,
    private readonly target: BeaconTarget,
  ) {}

  async broadcast(): Promise<number> {
    const fix = await this.gps.currentFix();
    const packTemp = await this.bms.packTemperature();
    const arrayWatts = await this.bms.arrayInputWatts();

    const frame = {
      car: this.carId,
      seq: ++this.sequence,
      ts: Date.now(),
      lat: Number(fix.lat.toFixed(5)),
      lon: Number(fix.lon.toFixed(5)),
      speedKph: Math.round(fix.speedKph),
      soc: this.bms.stateOfCharge(),
      packTemp,
      arrayWatts,
    };

    const payload = Buffer.from(JSON.stringify(frame));
    await new Promise<void>((resolve, reject) => {
      this.socket.send(payload, this.target.port, this.target.host, (err) => (err ? reject(err) : resolve()));
    });
    return frame.seq;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}

export async function beaconLoop(beacon: RallyBeacon, frames: number, gapMs: number): Promise<number> {
  let sent = 0;
  for (let i = 0; i < frames; i++) {
    await beacon.broadcast();
    sent++;
    await new Promise<void>((resolve) => setTimeout(resolve, gapMs));
  }
  return sent;
}
