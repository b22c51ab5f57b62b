// expect: none
// waitForPenned reassigns `reading` from a fresh sensors.penGate() call on every poll, so each iteration awaits a new request and sees the gate's current state rather than the first answer over and over.
export interface PenGateReading {
  runId: string;
  gateClosed: boolean;
  sheepInPen: number;
  at: number;
}

export interface CourseSensors {
  penGate(runId: string): Promise<PenGateReading>;
}

export interface RunClock {
  elapsedSeconds(runId: string): number;
  stop(runId: string): void;
}

export type PenOutcome =
  | { kind: 'penned'; seconds: number }
  | { kind: 'time-expired'; sheepInPen: number };

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PenGateMonitor {
  constructor(
    private readonly sensors: CourseSensors,
    private readonly clock: RunClock,
    private readonly flockSize = 5,
    private readonly pollMs = 500,
  ) {}

  async waitForPenned(runId: string, courseTimeSec: number): Promise<PenOutcome> {
    let reading = await this.sensors.penGate(runId);
    while (!(reading.gateClosed && reading.sheepInPen >= this.flockSize)) {
      if (this.clock.elapsedSeconds(runId) >= courseTimeSec) {
        this.clock.stop(runId);
        return { kind: 'time-expired', sheepInPen: reading.sheepInPen };
      }
      await delay(this.pollMs);
      reading = await this.sensors.penGate(runId);
    }
    this.clock.stop(runId);
    return { kind: 'penned', seconds: this.clock.elapsedSeconds(runId) };
  }
}

export function penPoints(outcome: PenOutcome, maxPoints = 10): number {
  if (outcome.kind === 'penned') return maxPoints;
  return Math.max(0, maxPoints - 2 * (5 - outcome.sheepInPen));
}

export function announce(handler: string, dog: string, outcome: PenOutcome): string {
  return outcome.kind === 'penned'
    ? `${handler} and ${dog} have penned in ${outcome.seconds} seconds`
    : `Time! ${handler} and ${dog} finish with ${outcome.sheepInPen} in the pen`;
}
