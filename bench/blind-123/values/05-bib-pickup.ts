// expect: no-promise-as-value
// isRegistered is async, so the bare `if (!this.registry.isRegistered(bib))` tests a Promise object that is always truthy and the unregistered-runner branch can never run.
export interface Runner {
  bib: number;
  name: string;
  wave: 'elite' | 'A' | 'B' | 'C';
  chipId: string | null;
}

export interface Registry {
  isRegistered(bib: number): Promise<boolean>;
  runner(bib: number): Promise<Runner>;
  assignChip(bib: number, chipId: string): Promise<void>;
}

export interface ChipPool {
  take(wave: Runner['wave']): string | undefined;
  release(chipId: string): void;
}

export type PickupOutcome =
  | { kind: 'issued'; bib: number; chipId: string; wave: Runner['wave'] }
  | { kind: 'already-issued'; bib: number; chipId: string }
  | { kind: 'not-registered'; bib: number }
  | { kind: 'out-of-chips'; bib: number; wave: Runner['wave'] };

export class BibPickupDesk {
  private readonly issuedToday = new Set<number>();

  constructor(
    private readonly registry: Registry,
    private readonly chips: ChipPool,
  ) {}

  async pickup(bib: number): Promise<PickupOutcome> {
    if (!this.registry.isRegistered(bib)) {
      return { kind: 'not-registered', bib };
    }

    const runner = await this.registry.runner(bib);
    if (runner.chipId) {
      return { kind: 'already-issued', bib, chipId: runner.chipId };
    }

    const chipId = this.chips.take(runner.wave);
    if (!chipId) return { kind: 'out-of-chips', bib, wave: runner.wave };

    try {
      await this.registry.assignChip(bib, chipId);
    } catch (err) {
      this.chips.release(chipId);
      throw err;
    }
    this.issuedToday.add(bib);
    return { kind: 'issued', bib, chipId, wave: runner.wave };
  }

  summary(): string {
    return `${this.issuedToday.size} timing chips issued at this desk`;
  }
}

export function describeOutcome(outcome: PickupOutcome): string {
  switch (outcome.kind) {
    case 'issued':
      return `Bib ${outcome.bib}: chip ${outcome.chipId} issued, wave ${outcome.wave} corral`;
    case 'already-issued':
      return `Bib ${outcome.bib} already has chip ${outcome.chipId}`;
    case 'not-registered':
      return `Bib ${outcome.bib} is not registered, send runner to the help desk`;
    case 'out-of-chips':
      return `No chips left for wave ${outcome.wave} (bib ${outcome.bib})`;
  }
}
