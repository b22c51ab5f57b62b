// expect: no-multiple-settle
// After a controller error the callback rejects but falls through, normalises the missing reading as a "down" bell and resolves as well.
export type BellPosition = 'down' | 'up-handstroke' | 'up-backstroke' | 'swinging';

export interface RawBellState {
  angleDegrees: number;
  stayEngaged: boolean;
  lastStrikeMs: number;
}

export interface BellState {
  bell: number;
  position: BellPosition;
  readyToRing: boolean;
  sinceLastStrikeMs: number;
}

declare const towerController: {
  bellCount: number;
  queryBellState(bell: number, cb: (err: Error | null, raw?: RawBellState) => void): void;
};

export class TowerControllerError extends Error {
  constructor(
    readonly bell: number,
    cause: Error,
  ) {
    super(`controller could not read bell ${bell}: ${cause.message}`, { cause });
    this.name = 'TowerControllerError';
  }
}

function normalise(bell: number, raw: RawBellState | undefined, now: number): BellState {
  // A bell the controller has never reported is treated as resting mouth-down.
  if (!raw) {
    return { bell, position: 'down', readyToRing: false, sinceLastStrikeMs: Number.POSITIVE_INFINITY };
  }
  let position: BellPosition;
  if (raw.angleDegrees < 20) position = 'down';
  else if (raw.stayEngaged && raw.angleDegrees >= 175) position = 'up-handstroke';
  else if (raw.stayEngaged && raw.angleDegrees <= -175) position = 'up-backstroke';
  else position = 'swinging';
  return {
    bell,
    position,
    readyToRing: position === 'up-handstroke' || position === 'up-backstroke',
    sinceLastStrikeMs: now - raw.lastStrikeMs,
  };
}

function readBellState(bell: number): Promise<BellState> {
  return new Promise((resolve, reject) => {
    towerController.queryBellState(bell, (err, raw) => {
      if (err) {
        reject(new TowerControllerError(bell, err));
      }
      resolve(normalise(bell, raw, Date.now()));
    });
  });
}

/** Plain hunt on n bells: alternate swapping pairs (1-2, 3-4, ...) and (2-3, 4-5, ...). */
export function plainHunt(stage: number): number[][] {
  const rounds = Array.from({ length: stage }, (_, i) => i + 1);
  const changes: number[][] = [rounds.slice()];
  let row = rounds.slice();
  for (let change = 0; change < stage * 2; change++) {
    const next = row.slice();
    for (let i = change % 2; i + 1 < stage; i += 2) {
      [next[i], next[i + 1]] = [next[i + 1], next[i]];
    }
    changes.push(next);
    row = next;
  }
  return changes;
}

export interface RingingPlan {
  stage: number;
  changes: number[][];
  notReady: BellState[];
}

export async function planTouch(stage: number): Promise<RingingPlan> {
  if (stage < 3 || stage > towerController.bellCount) {
    throw new RangeError(`tower has ${towerController.bellCount} bells; cannot ring on ${stage}`);
  }
  const bells = Array.from({ length: stage }, (_, i) => i + 1);
  const states = await Promise.all(bells.map((bell) => readBellState(bell)));
  const notReady = states.filter((s) => !s.readyToRing);
  return { stage, changes: notReady.length === 0 ? plainHunt(stage) : [], notReady };
}
