// expect: no-promise-as-value
// isDeckClear returns a promise, which is always truthy, so the "deck not clear" refusal can never trigger and the batten flies regardless.
export interface Lineset {
  number: number;
  name: string;
  armorMm: number;
  outTrimMm: number;
  loadKg: number;
}

export interface DeckSafety {
  isDeckClear(lineset: number): Promise<boolean>;
  spotterConfirmed(lineset: number): boolean;
}

export interface FlyWinch {
  move(lineset: number, trimMm: number, speed: number): Promise<void>;
}

export class FlyMoveRefused extends Error {
  constructor(lineset: number, reason: string) {
    super(`lineset ${lineset} move refused: ${reason}`);
    this.name = 'FlyMoveRefused';
  }
}

const MAX_SPEED_MM_S = 1_200;
const HEAVY_LOAD_KG = 450;

export class BattenMoveGuard {
  constructor(
    private readonly safety: DeckSafety,
    private readonly winch: FlyWinch,
  ) {}

  private speedFor(ls: Lineset, requested: number): number {
    const cap = ls.loadKg > HEAVY_LOAD_KG ? MAX_SPEED_MM_S / 2 : MAX_SPEED_MM_S;
    return Math.min(requested, cap);
  }

  async fly(ls: Lineset, direction: 'in' | 'out', requestedSpeed = 600): Promise<number> {
    const target = direction === 'in' ? ls.armorMm : ls.outTrimMm;

    if (direction === 'in') {
      const deckClear = this.safety.isDeckClear(ls.number);
      if (!deckClear) {
        throw new FlyMoveRefused(ls.number, 'deck below is not clear');
      }
      if (!this.safety.spotterConfirmed(ls.number)) {
        throw new FlyMoveRefused(ls.number, 'no spotter confirmation');
      }
    }

    const speed = this.speedFor(ls, requestedSpeed);
    await this.winch.move(ls.number, target, speed);
    return target;
  }

  async flyAll(linesets: Lineset[], direction: 'in' | 'out'): Promise<number[]> {
    const done: number[] = [];
    for (const ls of linesets) {
      await this.fly(ls, direction);
      done.push(ls.number);
    }
    return done;
  }
}
