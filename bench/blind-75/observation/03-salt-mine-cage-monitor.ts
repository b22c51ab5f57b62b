// expect: no-floating-promises
// The 'arrived' listener is async, and EventEmitter ignores the promise it returns, so a failed manifest lookup or audit write becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface LevelManifest {
  level: number;
  crew: string[];
  hazards: ('gas' | 'water' | 'loose-roof')[];
}

export interface CageStatus {
  shaft: string;
  level: number;
  loadKg: number;
  doorsOpen: boolean;
}

interface CageLink extends EventEmitter {
  readonly shaft: string;
  callTo(level: number): void;
  lockDoors(): void;
}

declare const manifests: {
  forLevel(shaft: string, level: number): Promise<LevelManifest>;
};

declare const shaftAudit: {
  recordArrival(entry: { shaft: string; level: number; at: Date; crew: string[] }): Promise<void>;
};

declare const pitHeadAlarm: {
  raise(shaft: string, reason: string): void;
};

const MAX_LOAD_KG = 1_800;

export class CageMonitor {
  private lastStatus: CageStatus | undefined;
  private readonly visited: number[] = [];

  constructor(private readonly cage: CageLink) {}

  attach(): void {
    this.cage.on('status', (status: CageStatus) => {
      this.lastStatus = status;
      if (status.loadKg > MAX_LOAD_KG) {
        pitHeadAlarm.raise(status.shaft, `cage overloaded at ${status.loadKg}kg`);
      }
    });

    this.cage.on('arrived', async (level: number) => {
      this.visited.push(level);
      const manifest = await manifests.forLevel(this.cage.shaft, level);
      if (manifest.hazards.includes('gas')) {
        this.cage.lockDoors();
        pitHeadAlarm.raise(this.cage.shaft, `gas reported on level ${level}; doors held`);
      }
      await shaftAudit.recordArrival({
        shaft: this.cage.shaft,
        level,
        at: new Date(),
        crew: manifest.crew,
      });
    });

    this.cage.on('error', (error: Error) => {
      pitHeadAlarm.raise(this.cage.shaft, `cage link error: ${error.message}`);
    });
  }

  requestLevel(level: number): void {
    if (this.lastStatus?.doorsOpen) {
      throw new Error(`cage in ${this.cage.shaft} has its doors open`);
    }
    this.cage.callTo(level);
  }

  history(): readonly number[] {
    return this.visited;
  }

  status(): CageStatus | undefined {
    return this.lastStatus;
  }
}
