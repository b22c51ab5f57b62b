// expect: no-promise-as-value
// The frame sent to shore includes `position: this.gps.currentFix()`, an unawaited promise, so JSON.stringify sends an empty object instead of the vessel's GPS fix.
export interface GpsFix {
  lat: number;
  lon: number;
  hdop: number;
  at: number;
}

export interface GpsReceiver {
  currentFix(): Promise<GpsFix>;
}

export interface FoilSensors {
  frontFoilDepthCm(): number;
  rearFoilDepthCm(): number;
  pitchDeg(): number;
  speedKn(): number;
}

export interface TelemetryFrame {
  vessel: string;
  seq: number;
  mode: 'hullborne' | 'takeoff' | 'foilborne';
  foil: { frontCm: number; rearCm: number; pitchDeg: number };
  speedKn: number;
  sentAt: number;
}

function flightMode(speedKn: number, frontCm: number): TelemetryFrame['mode'] {
  if (speedKn < 14) return 'hullborne';
  if (frontCm < 40) return 'takeoff';
  return 'foilborne';
}

export class TelemetryPublisher {
  private seq = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly vessel: string,
    private readonly ws: WebSocket,
    private readonly gps: GpsReceiver,
    private readonly sensors: FoilSensors,
  ) {}

  buildFrame(): TelemetryFrame {
    const frontCm = this.sensors.frontFoilDepthCm();
    const speedKn = this.sensors.speedKn();
    return {
      vessel: this.vessel,
      seq: ++this.seq,
      mode: flightMode(speedKn, frontCm),
      foil: { frontCm, rearCm: this.sensors.rearFoilDepthCm(), pitchDeg: this.sensors.pitchDeg() },
      speedKn,
      sentAt: Date.now(),
    };
  }

  publishOnce(): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    const frame = this.buildFrame();
    this.ws.send(JSON.stringify({ ...frame, position: this.gps.currentFix() }));
  }

  start(periodMs = 1000): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.publishOnce(), periodMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
