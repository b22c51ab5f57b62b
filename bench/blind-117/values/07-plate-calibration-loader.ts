// expect: none
// The calibration property is assigned in a then() callback, but that chain is awaited before the property is read, so the read always sees the freshly loaded calibration.
import { readFile } from 'node:fs/promises';

export interface PlateCalibration {
  cameraId: string;
  darkCurrentE: number;
  gain: number;
  flatField: number[];
  loadedAt: number;
}

export interface RawFrame {
  cameraId: string;
  exposureS: number;
  pixels: number[];
}

export interface CalibratedFrame {
  cameraId: string;
  pixels: number[];
  saturated: number;
}

const SATURATION_ADU = 65_000;
const MAX_CALIBRATION_AGE_MS = 6 * 60 * 60_000;

export class PlateCalibrationLoader {
  private calibration?: PlateCalibration;

  constructor(private readonly calibrationDir: string) {}

  private async readCalibration(cameraId: string): Promise<PlateCalibration> {
    const raw = await readFile(`${this.calibrationDir}/${cameraId}.json`, 'utf8');
    return { ...(JSON.parse(raw) as Omit<PlateCalibration, 'loadedAt'>), loadedAt: Date.now() };
  }

  private stale(cameraId: string): boolean {
    return (
      !this.calibration ||
      this.calibration.cameraId !== cameraId ||
      Date.now() - this.calibration.loadedAt > MAX_CALIBRATION_AGE_MS
    );
  }

  async calibrate(frame: RawFrame): Promise<CalibratedFrame> {
    if (this.stale(frame.cameraId)) {
      await this.readCalibration(frame.cameraId).then((cal) => {
        this.calibration = cal;
      });
    }

    const cal = this.calibration;
    if (!cal || cal.flatField.length !== frame.pixels.length) {
      throw new Error(`No usable calibration for camera ${frame.cameraId}`);
    }

    let saturated = 0;
    const dark = cal.darkCurrentE * frame.exposureS;
    const pixels = frame.pixels.map((adu, i) => {
      if (adu >= SATURATION_ADU) saturated++;
      const electrons = adu * cal.gain - dark;
      return electrons / (cal.flatField[i] || 1);
    });
    return { cameraId: frame.cameraId, pixels, saturated };
  }

  async calibrateAll(frames: RawFrame[]): Promise<CalibratedFrame[]> {
    const out: CalibratedFrame[] = [];
    for (const frame of frames) {
      out.push(await this.calibrate(frame));
    }
    return out;
  }

  static cometPhotometry(frame: CalibratedFrame, aperture: number[]): number {
    return aperture.reduce((sum, idx) => sum + (frame.pixels[idx] ?? 0), 0);
  }
}
