// expect: no-promise-as-value
// isLocked is async, so the filter's `!this.tower.isLocked(bell)` negates a Promise object, which is always truthy, and every bell is dropped as locked so the quarter chimes never sound.
export interface BellState {
  bell: number;
  name: string;
  weightKg: number;
  /** stay engaged / clapper tied for maintenance */
  tiedOff: boolean;
}

export interface TowerController {
  isLocked(bell: number): Promise<boolean>;
  swing(bell: number, strokes: number): Promise<void>;
  chime(bell: number): Promise<void>;
  states(): BellState[];
}

export type Quarter = 1 | 2 | 3 | 4;

// Westminster quarters on a ring of bells (1 = treble), one phrase per group
const PHRASES: number[][] = [
  [4, 3, 2, 5],
  [2, 4, 3, 5],
  [2, 3, 4, 2],
  [4, 2, 3, 5],
  [5, 3, 4, 2],
];

const QUARTER_PHRASES: Record<Quarter, number[]> = {
  1: [0],
  2: [1, 2],
  3: [3, 4, 0],
  4: [1, 2, 3, 4],
};

export class ClockChimer {
  constructor(private readonly tower: TowerController, private readonly hourBell = 8) {}

  async chimeQuarter(q: Quarter, hour: number): Promise<number> {
    let struck = 0;
    for (const phraseIdx of QUARTER_PHRASES[q]) {
      const playable = PHRASES[phraseIdx].filter((bell) => !this.tower.isLocked(bell));
      for (const bell of playable) {
        await this.tower.chime(bell);
        struck++;
      }
    }
    if (q === 4) {
      const strokes = hour % 12 === 0 ? 12 : hour % 12;
      for (let i = 0; i < strokes; i++) {
        await this.tower.chime(this.hourBell);
        struck++;
      }
    }
    return struck;
  }

  tiedOffBells(): string[] {
    return this.tower
      .states()
      .filter((s) => s.tiedOff)
      .map((s) => `${s.name} (${s.bell}, ${s.weightKg} kg)`);
  }
}
