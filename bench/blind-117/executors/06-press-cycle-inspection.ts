// expect: none
// The cycle listener detaches both listeners before starting inspection and forwards the inspection outcome with then(resolve, reject), so the deferred settles exactly once on every path.
import { EventEmitter } from 'node:events';

export interface PressCycle {
  pressId: string;
  discId: string;
  side: 'A' | 'B';
  steamTempC: number;
  cycleMs: number;
}

export interface InspectionReport {
  discId: string;
  warpMm: number;
  nonFill: boolean;
  grade: 'pass' | 'b-stock' | 'reject';
}

export interface QualityStation {
  inspect(discId: string): Promise<InspectionReport>;
}

export interface InspectedDisc {
  cycle: PressCycle;
  report: InspectionReport;
}

export class PressLine {
  constructor(
    private readonly press: EventEmitter,
    private readonly qc: QualityStation,
  ) {}

  nextInspectedDisc(pressId: string, timeoutMs = 60_000): Promise<InspectedDisc> {
    const { promise, resolve, reject } = Promise.withResolvers<InspectedDisc>();

    const cleanup = () => {
      clearTimeout(timer);
      this.press.off('cycle', onCycle);
      this.press.off('fault', onFault);
    };

    const onCycle = (cycle: PressCycle) => {
      if (cycle.pressId !== pressId) return;
      cleanup();
      this.qc.inspect(cycle.discId).then(
        (report) => resolve({ cycle, report }),
        (err: unknown) => reject(err),
      );
    };

    const onFault = (faultPressId: string, code: string) => {
      if (faultPressId !== pressId) return;
      cleanup();
      reject(new Error(`Press ${pressId} faulted: ${code}`));
    };

    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`No cycle from press ${pressId} within ${timeoutMs} ms`));
    }, timeoutMs);

    this.press.on('cycle', onCycle);
    this.press.on('fault', onFault);
    return promise;
  }

  async sampleRun(pressId: string, discs: number): Promise<InspectedDisc[]> {
    const results: InspectedDisc[] = [];
    for (let i = 0; i < discs; i++) {
      results.push(await this.nextInspectedDisc(pressId));
    }
    return results;
  }

  static rejectRate(results: InspectedDisc[]): number {
    if (results.length === 0) return 0;
    const rejected = results.filter((r) => r.report.grade === 'reject').length;
    return rejected / results.length;
  }
}
