// expect: no-reused-settled-promise
// The poll loop awaits one core-temperature request started before the loop, so every "poll" sees the same first reading.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CoreReading {
  blockId: string;
  celsius: number;
  stableForMinutes: number;
  takenAt: Date;
}

export interface CuringTarget {
  targetCelsius: number;
  stableMinutes: number;
  pollIntervalMs: number;
  maxPolls: number;
}

export interface IceBlock {
  blockId: string;
  suite: string;
  course: number;
  massKg: number;
}

declare const thermistors: {
  readCore(blockId: string): Promise<CoreReading>;
};
declare const craneSchedule: {
  book(blockId: string, suite: string, course: number): Promise<{ slot: Date }>;
};
declare const siteLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

export class BlockNotCuredError extends Error {
  constructor(readonly blockId: string, readonly last: CoreReading) {
    super(`block ${blockId} still at ${last.celsius}°C after curing window`);
    this.name = 'BlockNotCuredError';
  }
}

export const DEFAULT_CURING: CuringTarget = {
  targetCelsius: -7,
  stableMinutes: 45,
  pollIntervalMs: 5 * 60_000,
  maxPolls: 36,
};

function isCured(reading: CoreReading, target: CuringTarget): boolean {
  return reading.celsius <= target.targetCelsius && reading.stableForMinutes >= target.stableMinutes;
}

export async function waitUntilCured(blockId: string, target: CuringTarget = DEFAULT_CURING): Promise<CoreReading> {
  const coreReading = thermistors.readCore(blockId);
  let last: CoreReading | undefined;
  for (let poll = 1; poll <= target.maxPolls; poll++) {
    last = await coreReading;
    siteLog.info('curing poll', { blockId, poll, celsius: last.celsius, stable: last.stableForMinutes });
    if (isCured(last, target)) return last;
    await sleep(target.pollIntervalMs);
  }
  throw new BlockNotCuredError(blockId, last as CoreReading);
}

export function placementOrder(blocks: IceBlock[]): IceBlock[] {
  return [...blocks].sort((a, b) => a.course - b.course || b.massKg - a.massKg);
}

export async function stageSuite(suite: string, blocks: IceBlock[]): Promise<Array<{ blockId: string; slot: Date }>> {
  const booked: Array<{ blockId: string; slot: Date }> = [];
  for (const block of placementOrder(blocks.filter((b) => b.suite === suite))) {
    const cured = await waitUntilCured(block.blockId);
    const { slot } = await craneSchedule.book(block.blockId, suite, block.course);
    siteLog.info('block ready for crane', { blockId: block.blockId, celsius: cured.celsius, slot });
    booked.push({ blockId: block.blockId, slot });
  }
  return booked;
}
