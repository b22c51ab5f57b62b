// expect: none
// The fields written in the 'status' listener and in the .then callback are read only after awaiting once(...) and the handshake promise that cover them.
import { EventEmitter, once } from 'node:events';

export interface ProjectorStatus {
  lampHours: number;
  lampTempC: number;
  shutterOpen: boolean;
}

export interface HandshakeInfo {
  firmware: string;
  model: string;
  serial: string;
}

export interface Projector extends EventEmitter {
  connect(): Promise<HandshakeInfo>;
  requestStatus(): void;
  setBrightness(pct: number): Promise<void>;
  openShutter(): Promise<void>;
}

declare const domeLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
};

const LAMP_LIFE_HOURS = 2_000;
const MIN_FIRMWARE_MAJOR = 4;

export class ProjectorSession {
  private firmware = 'unknown';
  private model = 'unknown';
  private lampHours = 0;
  private lampTempC = 0;

  constructor(private readonly projector: Projector) {
    this.projector.on('status', (s: ProjectorStatus) => {
      this.lampHours = s.lampHours;
      this.lampTempC = s.lampTempC;
    });
  }

  async start(showBrightnessPct: number): Promise<{ brightness: number; lampLifeLeftPct: number }> {
    const handshake = this.projector.connect().then((info) => {
      this.firmware = info.firmware;
      this.model = info.model;
    });
    await handshake;

    const major = Number(this.firmware.split('.')[0]);
    if (!Number.isFinite(major) || major < MIN_FIRMWARE_MAJOR) {
      throw new Error(`${this.model} firmware ${this.firmware} too old for dome shows`);
    }

    const statusArrived = once(this.projector, 'status');
    this.projector.requestStatus();
    await statusArrived;

    const lampLifeLeftPct = Math.max(0, Math.round((1 - this.lampHours / LAMP_LIFE_HOURS) * 100));
    let brightness = showBrightnessPct;
    if (lampLifeLeftPct < 10) {
      brightness = Math.min(brightness, 70);
      domeLog.warn('lamp near end of life, capping brightness', { lampHours: this.lampHours });
    }
    if (this.lampTempC > 90) {
      throw new Error(`lamp at ${this.lampTempC}°C, wait for it to cool before the show`);
    }

    await this.projector.setBrightness(brightness);
    await this.projector.openShutter();
    domeLog.info('projector ready', { model: this.model, firmware: this.firmware, brightness });
    return { brightness, lampLifeLeftPct };
  }
}
