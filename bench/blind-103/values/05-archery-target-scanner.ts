// expect: no-read-before-settle
// start() assigns this.calibration inside the fs.readFile callback but applies it to every lane on the very next line, before the file has been read, so all lanes are set up with the default zero offsets and arrows are scored off-centre.
import { readFile } from 'node:fs';
import { EventEmitter } from 'node:events';

export interface Calibration {
  offsetXmm: number;
  offsetYmm: number;
  ringScale: number;
}

export interface LaneCamera {
  lane: number;
  applyOffset(xMm: number, yMm: number, scale: number): void;
  detectHits(): { xMm: number; yMm: number }[];
}

export interface Hit {
  lane: number;
  ring: number;
}

const DEFAULT_CALIBRATION: Calibration = { offsetXmm: 0, offsetYmm: 0, ringScale: 1 };
const RING_WIDTH_MM = 61; // 122 cm face, 10 scoring rings

function parseCalibration(text: string): Calibration {
  const raw = JSON.parse(text) as Partial<Calibration>;
  return { ...DEFAULT_CALIBRATION, ...raw };
}

export class TargetScanner extends EventEmitter {
  private calibration: Calibration = DEFAULT_CALIBRATION;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly cameras: LaneCamera[],
    private readonly calibrationPath: string,
    private readonly scanMs = 500,
  ) {
    super();
  }

  start(): void {
    readFile(this.calibrationPath, 'utf8', (err, text) => {
      if (err) {
        this.emit('warning', `calibration not loaded, using defaults: ${err.message}`);
        return;
      }
      try {
        this.calibration = parseCalibration(text);
      } catch (parseErr) {
        this.emit('warning', `calibration file is not valid JSON: ${String(parseErr)}`);
      }
    });

    const { offsetXmm, offsetYmm, ringScale } = this.calibration;
    for (const camera of this.cameras) {
      camera.applyOffset(offsetXmm, offsetYmm, ringScale);
    }
    this.timer = setInterval(() => this.scan(), this.scanMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private scan(): void {
    for (const camera of this.cameras) {
      for (const hit of camera.detectHits()) {
        const r = Math.hypot(hit.xMm, hit.yMm) / this.calibration.ringScale;
        const ring = Math.max(0, 10 - Math.floor(r / RING_WIDTH_MM));
        this.emit('hit', { lane: camera.lane, ring } satisfies Hit);
      }
    }
  }
}
