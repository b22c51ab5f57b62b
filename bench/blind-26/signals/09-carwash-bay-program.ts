// expect: no-swallowed-abort
// runProgram wraps every stage failure, including the AbortError from a customer cancel, in BayFaultError, so startWash marks a cancelled bay out of service.
import { EventEmitter } from 'node:events';

export type StageName = 'prewash' | 'foam' | 'brush' | 'rinse' | 'wax' | 'dry';

export interface WashStage {
  name: StageName;
  durationSec: number;
  chemicalMl?: number;
}

export interface WashProgram {
  code: 'BASIC' | 'DELUXE' | 'ULTIMATE';
  stages: WashStage[];
}

declare const plc: {
  runStage(bayId: number, stage: WashStage, opts: { signal?: AbortSignal }): Promise<void>;
  parkGantry(bayId: number): Promise<void>;
};

export class BayFaultError extends Error {
  constructor(
    readonly bayId: number,
    readonly stage: StageName,
    message: string,
  ) {
    super(message);
    this.name = 'BayFaultError';
  }
}

export class BayController extends EventEmitter {
  private readonly active = new Map<number, AbortController>();
  private readonly outOfService = new Set<number>();

  isAvailable(bayId: number): boolean {
    return !this.active.has(bayId) && !this.outOfService.has(bayId);
  }

  private async runProgram(bayId: number, program: WashProgram, signal: AbortSignal): Promise<void> {
    for (const stage of program.stages) {
      this.emit('stage', { bayId, stage: stage.name });
      try {
        await plc.runStage(bayId, stage, { signal });
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        throw new BayFaultError(bayId, stage.name, `bay ${bayId} failed during ${stage.name}: ${detail}`);
      }
    }
  }

  async startWash(bayId: number, program: WashProgram): Promise<void> {
    if (!this.isAvailable(bayId)) {
      throw new Error(`bay ${bayId} is not available`);
    }
    const controller = new AbortController();
    this.active.set(bayId, controller);

    try {
      await this.runProgram(bayId, program, controller.signal);
      this.emit('complete', { bayId, program: program.code });
    } catch (err) {
      if (err instanceof BayFaultError) {
        this.outOfService.add(bayId);
        this.emit('fault', { bayId, stage: err.stage, message: err.message });
      }
      throw err;
    } finally {
      this.active.delete(bayId);
      await plc.parkGantry(bayId);
    }
  }

  cancel(bayId: number, reason = 'customer pressed stop'): boolean {
    const controller = this.active.get(bayId);
    if (!controller) return false;
    controller.abort(new DOMException(reason, 'AbortError'));
    return true;
  }

  returnToService(bayId: number): void {
    this.outOfService.delete(bayId);
  }
}
