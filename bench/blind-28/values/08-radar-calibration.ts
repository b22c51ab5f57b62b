// expect: no-read-before-settle
// Bug: start() kicks off the calibration fetch with .then() that assigns this.calibration, then immediately reads this.calibration.rxGainDb, which is still undefined.
import { createSocket, type Socket } from "node:dgram";

interface Calibration {
  rxGainDb: number;
  noiseFloorDbm: number;
  rangeOffsetKm: number;
  updatedAt: string;
}

export interface MeteorEcho {
  receivedAt: Date;
  rangeKm: number;
  snrDb: number;
  dopplerHz: number;
}

const SPEED_OF_LIGHT_KM_US = 0.299792458;

export class MeteorRadarReceiver {
  private calibration: Calibration | undefined;
  private socket: Socket | undefined;
  private gainLinear = 1;
  readonly echoes: MeteorEcho[] = [];

  constructor(
    private readonly stationUrl: string,
    private readonly port: number,
    private readonly minSnrDb = 6,
  ) {}

  start(): void {
    fetch(`${this.stationUrl}/calibration/latest`)
      .then((res) => {
        if (!res.ok) throw new Error(`calibration HTTP ${res.status}`);
        return res.json() as Promise<Calibration>;
      })
      .then((cal) => {
        this.calibration = cal;
      })
      .catch((err: unknown) => {
        console.error("calibration unavailable, using defaults", err);
      });

    // Front-end amplifier gain from the last calibration run.
    this.gainLinear = Math.pow(10, (this.calibration?.rxGainDb ?? 0) / 20);

    this.socket = createSocket("udp4");
    this.socket.on("message", (packet) => this.onPacket(packet));
    this.socket.bind(this.port);
  }

  // Packet layout: u32 delay (us), f32 power (dBm), f32 doppler (Hz).
  private onPacket(packet: Buffer): void {
    if (packet.length < 12) return;
    const delayUs = packet.readUInt32BE(0);
    const powerDbm = packet.readFloatBE(4) - 20 * Math.log10(this.gainLinear);
    const dopplerHz = packet.readFloatBE(8);

    const noise = this.calibration?.noiseFloorDbm ?? -120;
    const snrDb = powerDbm - noise;
    if (snrDb < this.minSnrDb) return;

    const rangeKm = (delayUs * SPEED_OF_LIGHT_KM_US) / 2 - (this.calibration?.rangeOffsetKm ?? 0);
    this.echoes.push({ receivedAt: new Date(), rangeKm, snrDb, dopplerHz });
    if (this.echoes.length > 5_000) this.echoes.splice(0, 1_000);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.socket) return resolve();
      this.socket.close(() => resolve());
      this.socket = undefined;
    });
  }
}
