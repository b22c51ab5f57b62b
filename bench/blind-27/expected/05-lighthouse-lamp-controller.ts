// expect: no-uncalled-async-function
// `!this.isRotating` tests the async method reference (always truthy) instead of awaiting isRotating(), so a stalled lens is never restarted.
import { EventEmitter } from 'node:events';

declare const serialBus: {
  query(device: string, command: string): Promise<string>;
  send(device: string, command: string): Promise<void>;
};

export interface LampStatus {
  lampHours: number;
  rotationRpm: number;
  reserveLampActive: boolean;
}

const LENS_DEVICE = '/dev/ttyLENS0';
const LAMP_DEVICE = '/dev/ttyLAMP0';
const MIN_RPM = 0.5;

export class LampController extends EventEmitter {
  private checkTimer: NodeJS.Timeout | undefined;
  private restarts = 0;

  constructor(private readonly stationName: string, private readonly intervalMs = 30_000) {
    super();
  }

  async status(): Promise<LampStatus> {
    const [hours, rpm, reserve] = await Promise.all([
      serialBus.query(LAMP_DEVICE, 'HOURS?'),
      serialBus.query(LENS_DEVICE, 'RPM?'),
      serialBus.query(LAMP_DEVICE, 'RESERVE?'),
    ]);
    return {
      lampHours: Number.parseFloat(hours),
      rotationRpm: Number.parseFloat(rpm),
      reserveLampActive: reserve.trim() === '1',
    };
  }

  async isRotating(): Promise<boolean> {
    const rpm = Number.parseFloat(await serialBus.query(LENS_DEVICE, 'RPM?'));
    return Number.isFinite(rpm) && rpm >= MIN_RPM;
  }

  private async restartMotor(): Promise<void> {
    await serialBus.send(LENS_DEVICE, 'STOP');
    await serialBus.send(LENS_DEVICE, 'START');
    this.restarts++;
    this.emit('motor-restart', { station: this.stationName, restarts: this.restarts });
  }

  async ensureRotation(): Promise<void> {
    if (!this.isRotating) {
      await this.restartMotor();
    }
    if (this.restarts >= 3) {
      this.emit('alarm', `${this.stationName}: lens motor restarted ${this.restarts} times`);
    }
  }

  start(): void {
    if (this.checkTimer) return;
    this.checkTimer = setInterval(() => {
      this.ensureRotation().catch((err: unknown) => this.emit('error', err));
    }, this.intervalMs);
    this.checkTimer.unref();
  }

  stop(): void {
    clearInterval(this.checkTimer);
    this.checkTimer = undefined;
  }
}
