// expect: no-read-before-settle
// calibration is assigned inside the fs.readFile callback, but start() reads it on the next line to set the motor speed, so the belt always starts at the factory default and the per-restaurant calibration file is ignored.
import { readFile } from 'node:fs';
import { EventEmitter } from 'node:events';

export interface BeltCalibration {
  mmPerSecond: number;
  plateSpacingMm: number;
  reverse: boolean;
}

export interface BeltMotor {
  setSpeed(mmPerSecond: number, reverse: boolean): void;
  stop(): void;
}

const FACTORY_DEFAULT: BeltCalibration = { mmPerSecond: 80, plateSpacingMm: 180, reverse: false };
const MAX_SAFE_SPEED = 120;

function parseCalibration(raw: string): BeltCalibration | null {
  try {
    const data = JSON.parse(raw) as Partial<BeltCalibration>;
    if (typeof data.mmPerSecond !== 'number' || data.mmPerSecond <= 0) return null;
    return {
      mmPerSecond: Math.min(data.mmPerSecond, MAX_SAFE_SPEED),
      plateSpacingMm: data.plateSpacingMm ?? FACTORY_DEFAULT.plateSpacingMm,
      reverse: data.reverse ?? false,
    };
  } catch {
    return null;
  }
}

export class BeltController extends EventEmitter {
  private running = false;
  private platesPerMinute = 0;

  constructor(private readonly motor: BeltMotor, private readonly calibrationPath: string) {
    super();
  }

  start(): void {
    if (this.running) return;
    let calibration = FACTORY_DEFAULT;
    readFile(this.calibrationPath, 'utf8', (err, raw) => {
      if (err) {
        this.emit('warning', `no calibration at ${this.calibrationPath}, using factory default`);
        return;
      }
      calibration = parseCalibration(raw) ?? FACTORY_DEFAULT;
    });

    this.motor.setSpeed(calibration.mmPerSecond, calibration.reverse);
    this.platesPerMinute = Math.round((calibration.mmPerSecond * 60) / calibration.plateSpacingMm);
    this.running = true;
    this.emit('started', { platesPerMinute: this.platesPerMinute });
  }

  stop(): void {
    if (!this.running) return;
    this.motor.stop();
    this.running = false;
    this.emit('stopped');
  }

  get throughput(): number {
    return this.running ? this.platesPerMinute : 0;
  }
}
