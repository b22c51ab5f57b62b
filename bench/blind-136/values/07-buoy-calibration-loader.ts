// expect: none
// The file's mtime comes from an awaited fs/promises stat, so the comparison runs only after the real modification time is known.
import { stat, readFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';

export interface SensorCalibration {
  buoyId: string;
  anemometerOffsetKn: number;
  vaneOffsetDeg: number;
  pressureOffsetHpa: number;
}

interface LoadedCalibration {
  file: string;
  loadedAt: number;
  values: SensorCalibration;
}

export class CalibrationLoader extends EventEmitter {
  private readonly loaded = new Map<string, LoadedCalibration>();

  constructor(private readonly dir: string) {
    super();
  }

  private fileFor(buoyId: string): string {
    return `${this.dir}/${buoyId.toLowerCase()}.calibration.json`;
  }

  async refresh(buoyId: string): Promise<SensorCalibration | null> {
    const file = this.fileFor(buoyId);
    const current = this.loaded.get(buoyId);

    let modifiedAt = 0;
    try {
      modifiedAt = (await stat(file)).mtimeMs;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        this.emit('missing', buoyId);
        return current?.values ?? null;
      }
      throw err;
    }

    if (current && modifiedAt <= current.loadedAt) {
      return current.values;
    }

    const values = JSON.parse(await readFile(file, 'utf8')) as SensorCalibration;
    if (values.buoyId !== buoyId) {
      throw new Error(`calibration file ${file} belongs to ${values.buoyId}`);
    }
    this.loaded.set(buoyId, { file, loadedAt: Date.now(), values });
    this.emit('reloaded', buoyId);
    return values;
  }

  apply(buoyId: string, raw: { windKn: number; dirDeg: number; pressureHpa: number }) {
    const cal = this.loaded.get(buoyId)?.values;
    if (!cal) return raw;
    return {
      windKn: Math.max(0, raw.windKn + cal.anemometerOffsetKn),
      dirDeg: (raw.dirDeg + cal.vaneOffsetDeg + 360) % 360,
      pressureHpa: raw.pressureHpa + cal.pressureOffsetHpa,
    };
  }
}
