// expect: none
// The shutdown steps are stored as functions and each one is called inside the loop before its promise is awaited, so every step actually runs in order.
export interface Receiver {
  setLnaPower(on: boolean): Promise<void>;
  closeCryoValve(): Promise<void>;
}

export interface Mount {
  stopTracking(): Promise<void>;
  slewTo(azDeg: number, elDeg: number): Promise<void>;
  engageStowPins(): Promise<void>;
}

export interface Recorder {
  flush(): Promise<number>;
  close(): Promise<void>;
}

export interface ShutdownStep {
  name: string;
  run: () => Promise<unknown>;
  critical: boolean;
}

export interface ShutdownReport {
  completed: string[];
  failed: Array<{ step: string; error: string }>;
}

export class ObservingShutdown {
  constructor(
    private readonly mount: Mount,
    private readonly receiver: Receiver,
    private readonly recorder: Recorder,
  ) {}

  private steps(): ShutdownStep[] {
    return [
      { name: 'flush recorder', run: () => this.recorder.flush(), critical: false },
      { name: 'stop tracking', run: () => this.mount.stopTracking(), critical: true },
      { name: 'slew to stow', run: () => this.mount.slewTo(0, 90), critical: true },
      { name: 'stow pins', run: this.mount.engageStowPins.bind(this.mount), critical: true },
      { name: 'LNA off', run: () => this.receiver.setLnaPower(false), critical: false },
      { name: 'cryo valve', run: () => this.receiver.closeCryoValve(), critical: false },
      { name: 'close recorder', run: () => this.recorder.close(), critical: false },
    ];
  }

  async run(): Promise<ShutdownReport> {
    const report: ShutdownReport = { completed: [], failed: [] };
    for (const step of this.steps()) {
      try {
        await step.run();
        report.completed.push(step.name);
      } catch (err) {
        report.failed.push({ step: step.name, error: err instanceof Error ? err.message : String(err) });
        if (step.critical) {
          throw new Error(`critical shutdown step "${step.name}" failed; dish is not stowed`, { cause: err });
        }
      }
    }
    return report;
  }
}

export function windStowRequired(gustKmh: number, sustainedKmh: number): boolean {
  return gustKmh >= 70 || sustainedKmh >= 50;
}
