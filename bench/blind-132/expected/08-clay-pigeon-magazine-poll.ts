// expect: none
// The poll calls controller.magazineLevel() afresh on every iteration, so each wait observes a new reading rather than a settled one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TrapMagazine {
  trapId: string;
  clays: number;
  capacity: number;
  jammed: boolean;
}

export interface TrapController {
  magazineLevel(trapId: string): Promise<TrapMagazine>;
  requestReload(trapId: string): Promise<void>;
}

export interface ReloadWaitOptions {
  minClays?: number;
  intervalMs?: number;
  maxPolls?: number;
}

export class TrapJammedError extends Error {
  constructor(readonly trapId: string) {
    super(`trap ${trapId} jammed while reloading`);
    this.name = 'TrapJammedError';
  }
}

export async function waitForReload(
  controller: TrapController,
  trapId: string,
  opts: ReloadWaitOptions = {},
): Promise<TrapMagazine> {
  const minClays = opts.minClays ?? 100;
  const intervalMs = opts.intervalMs ?? 3_000;
  const maxPolls = opts.maxPolls ?? 40;

  let level = await controller.magazineLevel(trapId);
  for (let poll = 1; poll <= maxPolls; poll++) {
    if (level.jammed) throw new TrapJammedError(trapId);
    if (level.clays >= Math.min(minClays, level.capacity)) return level;
    // a nearly full magazine only needs a quick re-check
    await sleep(level.clays > level.capacity * 0.8 ? intervalMs / 3 : intervalMs);
    level = await controller.magazineLevel(trapId);
  }
  throw new Error(`trap ${trapId} still at ${level.clays} clays after ${maxPolls} polls`);
}

export async function reloadLayout(controller: TrapController, trapIds: readonly string[]): Promise<TrapMagazine[]> {
  const ready: TrapMagazine[] = [];
  for (const trapId of trapIds) {
    const current = await controller.magazineLevel(trapId);
    if (current.clays >= current.capacity * 0.5) {
      ready.push(current);
      continue;
    }
    await controller.requestReload(trapId);
    ready.push(await waitForReload(controller, trapId));
  }
  return ready;
}

export function claysAvailable(mags: readonly TrapMagazine[]): number {
  return mags.reduce((sum, m) => sum + m.clays, 0);
}
