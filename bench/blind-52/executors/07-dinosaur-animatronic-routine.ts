// expect: no-multiple-settle
// The async executor awaits loadChoreography before wiring listeners; if that load rejects the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface ServoKeyframe {
  channel: number;
  angle: number;
  atMs: number;
}

export interface Choreography {
  exhibit: string;
  durationMs: number;
  keyframes: ServoKeyframe[];
  roarSample?: string;
}

export interface RoutineReport {
  exhibit: string;
  framesPlayed: number;
  overrunMs: number;
}

declare function loadChoreography(exhibit: string): Promise<Choreography>;

declare const servoRack: EventEmitter & {
  upload(frames: ServoKeyframe[]): void;
  play(durationMs: number): void;
  park(): void;
};

declare const audio: {
  cue(sample: string, atMs: number): void;
};

declare const visitorCounter: {
  current(): number;
};

const MAX_VISITORS_FOR_ROAR = 60;

export function performRoutine(exhibit: string): Promise<RoutineReport> {
  return new Promise<RoutineReport>(async (resolve, reject) => {
    const choreo = await loadChoreography(exhibit);
    const startedAt = Date.now();

    const onDone = (framesPlayed: number) => {
      servoRack.off('fault', onFault);
      resolve({
        exhibit,
        framesPlayed,
        overrunMs: Math.max(0, Date.now() - startedAt - choreo.durationMs),
      });
    };
    const onFault = (channel: number, message: string) => {
      servoRack.off('done', onDone);
      servoRack.park();
      reject(new Error(`servo channel ${channel} fault on ${exhibit}: ${message}`));
    };

    servoRack.once('done', onDone);
    servoRack.once('fault', onFault);

    servoRack.upload(choreo.keyframes);
    if (choreo.roarSample && visitorCounter.current() <= MAX_VISITORS_FOR_ROAR) {
      audio.cue(choreo.roarSample, Math.floor(choreo.durationMs * 0.4));
    }
    servoRack.play(choreo.durationMs);
  });
}

export class ShowScheduler {
  private history: RoutineReport[] = [];

  constructor(private readonly exhibits: readonly string[]) {}

  async runShow(): Promise<RoutineReport[]> {
    const reports: RoutineReport[] = [];
    for (const exhibit of this.exhibits) {
      const report = await performRoutine(exhibit);
      reports.push(report);
    }
    this.history.push(...reports);
    return reports;
  }

  averageOverrunMs(): number {
    if (this.history.length === 0) {
      return 0;
    }
    const total = this.history.reduce((sum, r) => sum + r.overrunMs, 0);
    return total / this.history.length;
  }

  worstExhibit(): string | undefined {
    let worst: RoutineReport | undefined;
    for (const report of this.history) {
      if (!worst || report.overrunMs > worst.overrunMs) {
        worst = report;
      }
    }
    return worst?.exhibit;
  }
}
