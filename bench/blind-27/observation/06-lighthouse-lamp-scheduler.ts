// expect: none
// The interval callback is synchronous and deliberately fires each tick with a .catch attached, so a failed tick is reported rather than dropped.
import { EventEmitter } from 'node:events';

export interface LampState {
  stationId: string;
  lit: boolean;
  rotationRpm: number;
  bulbHours: number;
}

export interface EphemerisWindow {
  sunset: Date;
  sunrise: Date;
  visibilityNm: number;
}

declare const lampController: {
  read(stationId: string): Promise<LampState>;
  setLit(stationId: string, lit: boolean): Promise<void>;
  setFogSignal(stationId: string, on: boolean): Promise<void>;
};

declare function ephemerisFor(stationId: string, day: Date): EphemerisWindow;

const FOG_VISIBILITY_NM = 2;
const BULB_SERVICE_HOURS = 9_000;

export class LampScheduler extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly stationId: string,
    private readonly intervalMs = 60_000,
  ) {
    super();
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = true;
      this.tick()
        .catch((err: unknown) => this.emit('error', err))
        .finally(() => {
          this.running = false;
        });
    }, this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async tick(now = new Date()): Promise<void> {
    const window = ephemerisFor(this.stationId, now);
    const state = await lampController.read(this.stationId);
    const dark = now >= window.sunset || now < window.sunrise;
    const foggy = window.visibilityNm < FOG_VISIBILITY_NM;

    if (dark !== state.lit) {
      await lampController.setLit(this.stationId, dark);
      this.emit('lamp', { stationId: this.stationId, lit: dark, at: now.toISOString() });
    }

    await lampController.setFogSignal(this.stationId, foggy);

    if (state.bulbHours > BULB_SERVICE_HOURS) {
      this.emit('service-due', { stationId: this.stationId, bulbHours: state.bulbHours });
    }
    if (state.lit && state.rotationRpm === 0) {
      this.emit('rotation-stalled', { stationId: this.stationId });
    }
  }
}
