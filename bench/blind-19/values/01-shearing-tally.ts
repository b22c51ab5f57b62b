// expect: no-promise-as-value
// The end-of-run summary interpolates tallyStore.totalFor(), which returns a Promise, so the log shows "[object Promise]" instead of the count.
import { EventEmitter } from 'node:events';

interface ShearEvent {
  shearerId: string;
  standNo: number;
  fleeceWeightKg: number;
  at: Date;
}

declare const tallyStore: {
  record(ev: ShearEvent): Promise<void>;
  totalFor(shearerId: string, runId: string): Promise<number>;
};

declare const shedBoard: {
  post(line: string): Promise<void>;
};

export class ShearingRun extends EventEmitter {
  private readonly shearers = new Set<string>();
  private closed = false;

  constructor(
    readonly runId: string,
    readonly shedName: string,
    private readonly runMinutes: number,
  ) {
    super();
  }

  async recordFleece(ev: ShearEvent): Promise<void> {
    if (this.closed) {
      throw new Error(`run ${this.runId} is closed`);
    }
    if (ev.fleeceWeightKg <= 0 || ev.fleeceWeightKg > 12) {
      this.emit('suspect-weight', ev);
      return;
    }
    this.shearers.add(ev.shearerId);
    await tallyStore.record(ev);
    this.emit('fleece', ev);
  }

  async closeRun(): Promise<string[]> {
    this.closed = true;
    const lines: string[] = [];
    for (const shearerId of [...this.shearers].sort()) {
      const total = tallyStore.totalFor(shearerId, this.runId);
      lines.push(`${this.shedName} run ${this.runId}: ${shearerId} shore ${total} sheep`);
    }
    for (const line of lines) {
      await shedBoard.post(line);
    }
    this.emit('closed', { runId: this.runId, minutes: this.runMinutes });
    return lines;
  }
}

export function startRun(shedName: string, runNo: number): ShearingRun {
  const today = new Date().toISOString().slice(0, 10);
  // Standard runs are two hours; smoko breaks are handled by the shed clock.
  const run = new ShearingRun(`${today}-${runNo}`, shedName, 120);
  run.on('suspect-weight', (ev: ShearEvent) => {
    void shedBoard.post(`check scale on stand ${ev.standNo}: ${ev.fleeceWeightKg}kg`);
  });
  return run;
}
