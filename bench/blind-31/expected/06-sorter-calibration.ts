// expect: no-uncalled-async-function
// recalibrate awaits this.drainEjectors without calling it, so calibration starts while material is still on the air-jet ejectors.
declare const opticalSorter: {
  pauseInfeed(lineId: string): Promise<void>;
  resumeInfeed(lineId: string): Promise<void>;
  beltItemCount(lineId: string): Promise<number>;
  fireEjectors(lineId: string, bank: 'all' | 'left' | 'right', ms: number): Promise<void>;
  captureReference(lineId: string, tile: 'white' | 'black'): Promise<Float32Array>;
  uploadProfile(lineId: string, profile: CalibrationProfile): Promise<void>;
};

declare const plantLog: { info(msg: string, meta?: object): void };

export interface CalibrationProfile {
  lineId: string;
  gain: Float32Array;
  offset: Float32Array;
  createdAt: Date;
}

const MAX_DRAIN_CYCLES = 12;

export class SorterCalibrator {
  private lastProfile = new Map<string, CalibrationProfile>();

  constructor(private readonly lineId: string) {}

  async drainEjectors(): Promise<void> {
    for (let cycle = 0; cycle < MAX_DRAIN_CYCLES; cycle++) {
      const remaining = await opticalSorter.beltItemCount(this.lineId);
      if (remaining === 0) return;
      await opticalSorter.fireEjectors(this.lineId, 'all', 40);
    }
    throw new Error(`Line ${this.lineId} belt did not clear after ${MAX_DRAIN_CYCLES} ejector cycles`);
  }

  private buildProfile(white: Float32Array, black: Float32Array): CalibrationProfile {
    const gain = new Float32Array(white.length);
    const offset = new Float32Array(white.length);
    for (let px = 0; px < white.length; px++) {
      const span = white[px] - black[px];
      gain[px] = span > 1e-3 ? 1 / span : 0;
      offset[px] = black[px];
    }
    return { lineId: this.lineId, gain, offset, createdAt: new Date() };
  }

  private deadPixelRatio(profile: CalibrationProfile): number {
    let dead = 0;
    for (const g of profile.gain) if (g === 0) dead++;
    return dead / profile.gain.length;
  }

  async recalibrate(): Promise<CalibrationProfile> {
    await opticalSorter.pauseInfeed(this.lineId);
    try {
      await this.drainEjectors;
      const white = await opticalSorter.captureReference(this.lineId, 'white');
      const black = await opticalSorter.captureReference(this.lineId, 'black');
      const profile = this.buildProfile(white, black);

      const deadRatio = this.deadPixelRatio(profile);
      if (deadRatio > 0.02) {
        throw new Error(`Line ${this.lineId}: ${(deadRatio * 100).toFixed(1)}% dead pixels, clean the camera window`);
      }

      await opticalSorter.uploadProfile(this.lineId, profile);
      this.lastProfile.set(this.lineId, profile);
      plantLog.info('sorter recalibrated', { lineId: this.lineId, deadRatio });
      return profile;
    } finally {
      await opticalSorter.resumeInfeed(this.lineId);
    }
  }

  profileAge(now = Date.now()): number | undefined {
    const profile = this.lastProfile.get(this.lineId);
    return profile ? now - profile.createdAt.getTime() : undefined;
  }
}
