// expect: none
// Correct: the deferred is created per run and every outcome (cutoff, abort, sensor fault, watchdog) goes through finish(), which settles once, clears the timer and unsubscribes.
export type StandEvent =
  | { kind: "ignition"; at: number }
  | { kind: "chamber-pressure"; at: number; bar: number }
  | { kind: "cutoff"; at: number; reason: "planned" | "redline" }
  | { kind: "abort"; at: number; code: string }
  | { kind: "sensor-fault"; at: number; channel: string };

export interface FireReport {
  engineSerial: string;
  burnMs: number;
  peakChamberBar: number;
  cutoffReason: "planned" | "redline";
}

declare const standTelemetry: {
  subscribe(standId: string, listener: (event: StandEvent) => void): () => void;
};
declare const standControl: {
  arm(standId: string, engineSerial: string): void;
  fire(standId: string, durationMs: number): void;
  safe(standId: string): void;
};

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: Error): void;
}

function createDeferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export class StandAbortError extends Error {
  constructor(readonly code: string) {
    super(`test stand aborted: ${code}`);
    this.name = "StandAbortError";
  }
}

export class TestFireSequence {
  private settled = false;
  private ignitionAt: number | null = null;
  private peakBar = 0;
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;
  private deferred: Deferred<FireReport> | undefined;

  constructor(
    private readonly standId: string,
    private readonly engineSerial: string,
    private readonly plannedBurnMs: number,
  ) {}

  run(): Promise<FireReport> {
    if (this.deferred) return this.deferred.promise;
    const deferred = createDeferred<FireReport>();
    this.deferred = deferred;

    this.unsubscribe = standTelemetry.subscribe(this.standId, (event) => this.onEvent(event));
    this.watchdog = setTimeout(() => {
      standControl.safe(this.standId);
      this.finish(new Error(`no cutoff within ${this.plannedBurnMs * 2}ms`));
    }, this.plannedBurnMs * 2);

    try {
      standControl.arm(this.standId, this.engineSerial);
      standControl.fire(this.standId, this.plannedBurnMs);
    } catch (err) {
      standControl.safe(this.standId);
      this.finish(err instanceof Error ? err : new Error(String(err)));
    }
    return deferred.promise;
  }

  private onEvent(event: StandEvent): void {
    switch (event.kind) {
      case "ignition":
        this.ignitionAt = event.at;
        break;
      case "chamber-pressure":
        this.peakBar = Math.max(this.peakBar, event.bar);
        break;
      case "cutoff":
        this.finish({
          engineSerial: this.engineSerial,
          burnMs: this.ignitionAt === null ? 0 : event.at - this.ignitionAt,
          peakChamberBar: this.peakBar,
          cutoffReason: event.reason,
        });
        break;
      case "abort":
        this.finish(new StandAbortError(event.code));
        break;
      case "sensor-fault":
        standControl.safe(this.standId);
        this.finish(new Error(`sensor fault on ${event.channel}`));
        break;
    }
  }

  private finish(outcome: FireReport | Error): void {
    if (this.settled || !this.deferred) return;
    this.settled = true;
    clearTimeout(this.watchdog);
    this.unsubscribe?.();
    if (outcome instanceof Error) {
      this.deferred.reject(outcome);
    } else {
      this.deferred.resolve(outcome);
    }
  }
}
