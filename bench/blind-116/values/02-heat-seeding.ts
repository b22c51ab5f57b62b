// expect: no-promise-as-value
// timingChipRegistered is async, so `!this.timingChipRegistered(...)` tests a Promise object, which is always truthy, and entrants without a registered chip are never sent to the chip desk.
export interface Entrant {
  bib: number;
  name: string;
  chipId?: string;
  personalBestSeconds?: number;
  fancyDress: boolean;
}

export interface ChipRegistry {
  lookup(chipId: string): Promise<{ chipId: string; bib: number } | undefined>;
}

export interface Heat {
  number: number;
  trench: 'north' | 'south';
  entrants: Entrant[];
}

export class HeatSeeder {
  readonly chipDesk: Entrant[] = [];

  constructor(private readonly chips: ChipRegistry, private readonly perHeat = 6) {}

  async timingChipRegistered(entrant: Entrant): Promise<boolean> {
    if (!entrant.chipId) return false;
    const record = await this.chips.lookup(entrant.chipId);
    return record?.bib === entrant.bib;
  }

  seed(entrants: Entrant[]): Heat[] {
    const ready: Entrant[] = [];
    for (const entrant of entrants) {
      if (!this.timingChipRegistered(entrant)) {
        this.chipDesk.push(entrant);
        continue;
      }
      ready.push(entrant);
    }

    ready.sort((a, b) => (a.personalBestSeconds ?? Infinity) - (b.personalBestSeconds ?? Infinity));

    const heats: Heat[] = [];
    for (let i = 0; i < ready.length; i += this.perHeat) {
      const n = heats.length + 1;
      heats.push({
        number: n,
        trench: n % 2 === 1 ? 'north' : 'south',
        entrants: ready.slice(i, i + this.perHeat),
      });
    }
    return heats;
  }
}

export function fancyDressHeats(heats: Heat[]): number[] {
  return heats.filter((h) => h.entrants.some((e) => e.fancyDress)).map((h) => h.number);
}

export function startList(heat: Heat): string {
  return heat.entrants
    .map((e, lane) => `${heat.trench} ${heat.number}.${lane + 1}  #${e.bib} ${e.name}`)
    .join('\n');
}
