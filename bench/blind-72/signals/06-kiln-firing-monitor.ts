// expect: none
// readWithDeadline clears its timer in finally and aborts the losing thermocouple read through a linked controller, so nothing from the race outlives it.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ThermocoupleReading {
  kilnId: string;
  zoneC: number[];
  at: Date;
}

export interface FiringStage {
  name: 'candling' | 'water-smoking' | 'oxidation' | 'vitrification' | 'soak' | 'cooling';
  targetC: number;
  rampCPerHour: number;
}

declare const kilnApi: {
  readThermocouples(kilnId: string, options: { signal: AbortSignal }): Promise<number[]>;
  setBurner(kilnId: string, percent: number, options: { signal: AbortSignal }): Promise<void>;
};

export class ReadTimeoutError extends Error {
  constructor(kilnId: string, ms: number) {
    super(`thermocouple read for ${kilnId} took longer than ${ms}ms`);
    this.name = 'ReadTimeoutError';
  }
}

async function readWithDeadline(kilnId: string, ms: number, outer: AbortSignal): Promise<ThermocoupleReading> {
  const controller = new AbortController();
  const signal = AbortSignal.any([outer, controller.signal]);
  let timer: NodeJS.Timeout | undefined;
  try {
    const zoneC = await Promise.race([
      kilnApi.readThermocouples(kilnId, { signal }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ReadTimeoutError(kilnId, ms)), ms);
      }),
    ]);
    return { kilnId, zoneC, at: new Date() };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

export class FiringMonitor extends EventEmitter {
  private readonly pollMs = 15_000;
  private readonly readTimeoutMs = 3_000;

  constructor(private readonly kilnId: string) {
    super();
  }

  private burnerFor(stage: FiringStage, meanC: number): number {
    const gap = stage.targetC - meanC;
    if (gap <= 0) return stage.name === 'cooling' ? 0 : 15;
    return Math.min(100, Math.round(20 + gap * 0.4 + stage.rampCPerHour * 0.05));
  }

  async runStage(stage: FiringStage, signal: AbortSignal): Promise<ThermocoupleReading> {
    for (;;) {
      const reading = await readWithDeadline(this.kilnId, this.readTimeoutMs, signal);
      const mean = reading.zoneC.reduce((s, c) => s + c, 0) / reading.zoneC.length;
      const spread = Math.max(...reading.zoneC) - Math.min(...reading.zoneC);
      this.emit('reading', { stage: stage.name, mean, spread });

      const reached = stage.name === 'cooling' ? mean <= stage.targetC : mean >= stage.targetC;
      if (reached) return reading;

      await kilnApi.setBurner(this.kilnId, this.burnerFor(stage, mean), { signal });
      await sleep(this.pollMs, undefined, { signal });
    }
  }

  async fire(schedule: readonly FiringStage[], signal: AbortSignal): Promise<void> {
    for (const stage of schedule) {
      const reading = await this.runStage(stage, signal);
      this.emit('stage-complete', { stage: stage.name, at: reading.at });
    }
  }
}
