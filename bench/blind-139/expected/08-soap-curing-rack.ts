// expect: no-reused-settled-promise
// reserveWithRetry receives an already-started booking promise and re-awaits it on each attempt, so after the first failure every retry just rethrows the same rejection without calling the studio API again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CuringRack {
  rackId: string;
  shelf: number;
  freeFrom: string;
}

export interface StudioApi {
  reserveRack(classId: string, blocks: number): Promise<CuringRack>;
  releaseRack(rackId: string): Promise<void>;
}

export class RackUnavailableError extends Error {
  constructor(classId: string, attempts: number, options?: { cause?: unknown }) {
    super(`no curing rack for class ${classId} after ${attempts} attempts`, options);
    this.name = 'RackUnavailableError';
  }
}

async function reserveWithRetry(
  classId: string,
  booking: Promise<CuringRack>,
  attempts = 3,
  delayMs = 1_500,
): Promise<CuringRack> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await booking;
    } catch (err) {
      lastError = err;
      if (attempt < attempts) await sleep(delayMs * attempt);
    }
  }
  throw new RackUnavailableError(classId, attempts, { cause: lastError });
}

export class CuringRoom {
  private readonly held = new Map<string, CuringRack>();

  constructor(private readonly api: StudioApi) {}

  async holdFor(classId: string, students: number): Promise<CuringRack> {
    const existing = this.held.get(classId);
    if (existing) return existing;

    const blocks = students * 2;
    const rack = await reserveWithRetry(classId, this.api.reserveRack(classId, blocks));
    this.held.set(classId, rack);
    return rack;
  }

  async releaseAll(): Promise<number> {
    const racks = [...this.held.values()];
    await Promise.all(racks.map((r) => this.api.releaseRack(r.rackId)));
    this.held.clear();
    return racks.length;
  }

  shelfPlan(): string[] {
    return [...this.held].map(([classId, rack]) => `${classId}: rack ${rack.rackId} shelf ${rack.shelf}`);
  }
}
