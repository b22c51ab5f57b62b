// expect: none
// Telemetry uploads are deliberately fire-and-forget, but each one has a .catch attached in the same expression, so no rejection is left unhandled.
import { EventEmitter } from 'node:events';

export interface Fix {
  balloonId: string;
  lat: number;
  lon: number;
  altitudeM: number;
  at: number;
}

declare const uplink: {
  sendFix(fix: Fix): Promise<void>;
  sendBurst(balloonId: string, altitudeM: number): Promise<void>;
};

declare const recoveryTeam: {
  dispatch(balloonId: string, lat: number, lon: number): Promise<{ vehicle: string }>;
};

declare const launchLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
};

export class FlightTracker extends EventEmitter {
  private peakAltitudeM = 0;
  private lastFix: Fix | undefined;
  private droppedFixes = 0;

  constructor(readonly balloonId: string) {
    super();
    this.on('fix', (fix: Fix) => this.handleFix(fix));
    this.on('landed', () => {
      this.dispatchRecovery().catch((err: unknown) => {
        launchLog.warn('recovery dispatch failed, page the duty officer', { balloonId, err });
        this.emit('recovery-failed', err);
      });
    });
  }

  get stats(): { peakAltitudeM: number; droppedFixes: number } {
    return { peakAltitudeM: this.peakAltitudeM, droppedFixes: this.droppedFixes };
  }

  private handleFix(fix: Fix): void {
    const previous = this.lastFix;
    this.lastFix = fix;

    void uplink.sendFix(fix).catch(() => {
      this.droppedFixes++;
    });

    if (fix.altitudeM > this.peakAltitudeM) {
      this.peakAltitudeM = fix.altitudeM;
      return;
    }

    const falling = previous !== undefined && previous.altitudeM - fix.altitudeM > 500;
    if (falling && this.peakAltitudeM - fix.altitudeM > 1_000) {
      launchLog.info('burst detected', { balloonId: this.balloonId, peak: this.peakAltitudeM });
      uplink.sendBurst(this.balloonId, this.peakAltitudeM).catch((err: unknown) => {
        launchLog.warn('burst notice not delivered', { err });
      });
    }
  }

  private async dispatchRecovery(): Promise<void> {
    const fix = this.lastFix;
    if (!fix) throw new Error(`no position known for ${this.balloonId}`);
    const { vehicle } = await recoveryTeam.dispatch(this.balloonId, fix.lat, fix.lon);
    launchLog.info('recovery vehicle dispatched', { balloonId: this.balloonId, vehicle });
    this.emit('recovery-dispatched', vehicle);
  }
}
