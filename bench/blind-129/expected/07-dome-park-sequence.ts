// expect: none
// The park sequence is a list of arrow functions that each call their async step, and the runner invokes and awaits every step in order.
export interface MountController {
  slewToPark(): Promise<void>;
  stopTracking(): Promise<void>;
}

export interface ShutterController {
  close(): Promise<void>;
  rotateToHome(): Promise<void>;
}

export interface Instrumentation {
  coverMirror(): Promise<void>;
  warmCamera(targetC: number): Promise<void>;
}

type Step = { name: string; run: () => Promise<void> };

export class DomeParkSequencer {
  private readonly log: string[] = [];

  constructor(
    private readonly mount: MountController,
    private readonly shutter: ShutterController,
    private readonly instruments: Instrumentation,
  ) {}

  private steps(reason: string): Step[] {
    const urgent = reason === 'rain';
    const steps: Step[] = [
      { name: 'stop tracking', run: () => this.mount.stopTracking() },
      { name: 'close shutter', run: () => this.shutter.close() },
      { name: 'park mount', run: () => this.mount.slewToPark() },
      { name: 'cover mirror', run: () => this.instruments.coverMirror() },
      { name: 'home dome', run: () => this.shutter.rotateToHome() },
    ];
    if (!urgent) {
      steps.push({ name: 'warm camera', run: () => this.instruments.warmCamera(5) });
    }
    return steps;
  }

  async park(reason: string): Promise<string[]> {
    const started = Date.now();
    for (const step of this.steps(reason)) {
      const t0 = Date.now();
      try {
        await step.run();
      } catch (err) {
        this.log.push(`${step.name} FAILED after ${Date.now() - t0}ms`);
        throw new Error(`park sequence (${reason}) failed at "${step.name}"`, { cause: err });
      }
      this.log.push(`${step.name} ok in ${Date.now() - t0}ms`);
    }
    this.log.push(`parked for ${reason} in ${Date.now() - started}ms`);
    return [...this.log];
  }
}
