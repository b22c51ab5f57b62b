// expect: none
// The level listener is synchronous and hands its async work to a serial queue whose promise chain always has a catch attached; nothing floats.
import { EventEmitter } from 'node:events';

export interface LevelReading {
  paddyId: string;
  waterCm: number;
  at: number;
}

export interface SluiceCommand {
  sluiceId: string;
  openingPercent: number;
  issuedAt: number;
}

declare const fieldBus: EventEmitter;
declare const sluices: {
  forPaddy(paddyId: string): Promise<string[]>;
  setOpening(sluiceId: string, percent: number): Promise<void>;
};
declare const irrigationLog: {
  command(cmd: SluiceCommand): Promise<void>;
  error(msg: string, err: unknown): void;
};

const GROWTH_STAGE_TARGET_CM: Record<string, number> = {
  transplanting: 3,
  tillering: 5,
  panicle: 8,
  ripening: 2,
};

export class SluiceController {
  private queue: Promise<void> = Promise.resolve();
  private readonly stage = new Map<string, keyof typeof GROWTH_STAGE_TARGET_CM>();
  private readonly onLevel = (reading: LevelReading) => {
    this.queue = this.queue
      .then(() => this.respond(reading))
      .catch((err: unknown) => irrigationLog.error(`sluice update failed for ${reading.paddyId}`, err));
  };

  setStage(paddyId: string, stage: keyof typeof GROWTH_STAGE_TARGET_CM): void {
    this.stage.set(paddyId, stage);
  }

  start(): void {
    fieldBus.on('level', this.onLevel);
  }

  async stop(): Promise<void> {
    fieldBus.off('level', this.onLevel);
    await this.queue;
  }

  private async respond(reading: LevelReading): Promise<void> {
    const stage = this.stage.get(reading.paddyId) ?? 'tillering';
    const target = GROWTH_STAGE_TARGET_CM[stage];
    const opening = openingFor(reading.waterCm, target);
    const ids = await sluices.forPaddy(reading.paddyId);
    for (const sluiceId of ids) {
      await sluices.setOpening(sluiceId, opening);
      await irrigationLog.command({ sluiceId, openingPercent: opening, issuedAt: Date.now() });
    }
  }
}

export function openingFor(waterCm: number, targetCm: number): number {
  const deficit = targetCm - waterCm;
  if (deficit <= -2) return 0;
  if (deficit <= 0) return 10;
  return Math.min(100, Math.round(20 + deficit * 15));
}

export async function drainForHarvest(paddyIds: string[]): Promise<number> {
  let closed = 0;
  for (const paddyId of paddyIds) {
    for (const sluiceId of await sluices.forPaddy(paddyId)) {
      await sluices.setOpening(sluiceId, 0);
      closed += 1;
    }
  }
  return closed;
}
