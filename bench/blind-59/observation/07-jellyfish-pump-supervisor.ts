// expect: no-floating-promises
// handleReading calls this.alarms.raise(...) as a bare statement inside a synchronous listener, so a failed alarm delivery is never noticed.
import { EventEmitter } from 'node:events';

export interface FlowReading {
  pumpId: string;
  tankId: string;
  flowLpm: number;
  motorTempC: number;
  at: number;
}

interface AlarmService {
  raise(code: string, detail: { pumpId: string; tankId: string; value: number }): Promise<void>;
  clear(code: string, pumpId: string): Promise<void>;
}

declare const telemetryStore: { append(readings: FlowReading[]): Promise<void> };

export class PumpSupervisor {
  private readonly window: FlowReading[] = [];
  private readonly lowFlow = new Set<string>();

  constructor(
    private readonly source: EventEmitter,
    private readonly alarms: AlarmService,
    private readonly minFlowLpm = 6,
    private readonly windowSize = 30,
  ) {
    source.on('reading', this.handleReading);
  }

  detach(): void {
    this.source.off('reading', this.handleReading);
  }

  private handleReading = (reading: FlowReading): void => {
    this.window.push(reading);
    if (this.window.length > this.windowSize) this.window.shift();

    // Moon jellies get sucked against the intake screen when flow drops and then surges back.
    if (reading.flowLpm < this.minFlowLpm && !this.lowFlow.has(reading.pumpId)) {
      this.lowFlow.add(reading.pumpId);
      this.alarms.raise('LOW_FLOW', { pumpId: reading.pumpId, tankId: reading.tankId, value: reading.flowLpm });
    } else if (reading.flowLpm >= this.minFlowLpm) {
      this.lowFlow.delete(reading.pumpId);
    }
  };

  averageFlow(pumpId: string): number {
    const mine = this.window.filter((r) => r.pumpId === pumpId);
    if (mine.length === 0) return NaN;
    return mine.reduce((sum, r) => sum + r.flowLpm, 0) / mine.length;
  }

  async flush(): Promise<number> {
    const batch = this.window.splice(0, this.window.length);
    if (batch.length === 0) return 0;
    await telemetryStore.append(batch);
    return batch.length;
  }

  async acknowledge(pumpId: string): Promise<void> {
    if (!this.lowFlow.has(pumpId)) return;
    await this.alarms.clear('LOW_FLOW', pumpId);
    this.lowFlow.delete(pumpId);
  }

  hottestMotor(): FlowReading | undefined {
    let hottest: FlowReading | undefined;
    for (const r of this.window) {
      if (!hottest || r.motorTempC > hottest.motorTempC) hottest = r;
    }
    return hottest;
  }
}
