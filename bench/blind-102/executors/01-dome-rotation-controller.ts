// expect: none
// The rotation promise listens to repeating 'position' frames but settles through one finish() that removes every listener and clears the stall timer, and it also settles on 'fault' and 'close', so it settles exactly once.
import { EventEmitter } from 'node:events';

interface PositionFrame {
  azimuth: number;
  moving: boolean;
}

interface DomeLink extends EventEmitter {
  send(command: string): void;
}

export interface RotateOptions {
  toleranceDeg?: number;
  stallMs?: number;
}

function angularDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

export class DomeRotationController {
  private lastAzimuth = 0;

  constructor(private readonly link: DomeLink) {}

  get azimuth(): number {
    return this.lastAzimuth;
  }

  rotateTo(target: number, opts: RotateOptions = {}): Promise<number> {
    const tolerance = opts.toleranceDeg ?? 0.5;
    const stallMs = opts.stallMs ?? 15_000;

    return new Promise<number>((resolve, reject) => {
      let stallTimer: NodeJS.Timeout | undefined;

      const finish = (err: Error | null, azimuth?: number) => {
        clearTimeout(stallTimer);
        this.link.off('position', onPosition);
        this.link.off('fault', onFault);
        this.link.off('close', onClose);
        if (err) reject(err);
        else resolve(azimuth ?? this.lastAzimuth);
      };

      const armStallTimer = () => {
        clearTimeout(stallTimer);
        stallTimer = setTimeout(() => {
          this.link.send('STOP');
          finish(new Error(`dome stalled near ${this.lastAzimuth.toFixed(1)}°`));
        }, stallMs);
      };

      const onPosition = (frame: PositionFrame) => {
        this.lastAzimuth = frame.azimuth;
        if (angularDistance(frame.azimuth, target) <= tolerance && !frame.moving) {
          finish(null, frame.azimuth);
          return;
        }
        armStallTimer();
      };

      const onFault = (code: string) => finish(new Error(`dome drive fault ${code}`));
      const onClose = () => finish(new Error('dome link closed during rotation'));

      this.link.on('position', onPosition);
      this.link.on('fault', onFault);
      this.link.on('close', onClose);
      armStallTimer();
      try {
        this.link.send(`GOTO ${target.toFixed(2)}`);
      } catch (err) {
        finish(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  async trackSequence(targets: number[]): Promise<number[]> {
    const reached: number[] = [];
    for (const t of targets) {
      reached.push(await this.rotateTo(t));
    }
    return reached;
  }
}
