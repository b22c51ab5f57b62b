// expect: no-promise-as-value
// The team filter uses the async vet check as its predicate, so each dog's pending promise is truthy and every dog passes, putting dogs the vet has pulled into the harness.
export interface SledDog {
  chip: string;
  name: string;
  position: 'lead' | 'swing' | 'team' | 'wheel';
  ageYears: number;
}

export interface VetRecord {
  chip: string;
  cleared: boolean;
  notes: string;
}

export interface VetStation {
  latest(chip: string): Promise<VetRecord | null>;
}

export interface HarnessPlan {
  bib: number;
  pairs: Array<[SledDog, SledDog | null]>;
  dropped: string[];
}

export class TeamBuilder {
  constructor(private readonly vets: VetStation, private readonly minDogs = 6) {}

  private async isCleared(dog: SledDog): Promise<boolean> {
    const record = await this.vets.latest(dog.chip);
    return record !== null && record.cleared;
  }

  async harness(bib: number, kennel: SledDog[]): Promise<HarnessPlan> {
    const fit = kennel.filter((dog) => this.isCleared(dog));
    if (fit.length < this.minDogs) {
      throw new Error(`bib ${bib}: only ${fit.length} cleared dogs, need ${this.minDogs}`);
    }

    const order: SledDog['position'][] = ['lead', 'swing', 'team', 'wheel'];
    const sorted = [...fit].sort((a, b) => order.indexOf(a.position) - order.indexOf(b.position));
    const pairs: HarnessPlan['pairs'] = [];
    for (let i = 0; i < sorted.length; i += 2) {
      pairs.push([sorted[i], sorted[i + 1] ?? null]);
    }
    const dropped = kennel.filter((d) => !fit.includes(d)).map((d) => d.name);
    return { bib, pairs, dropped };
  }
}

export function describePlan(plan: HarnessPlan): string {
  const rows = plan.pairs.map(
    ([left, right], i) => `  row ${i + 1}: ${left.name} (${left.position})${right ? ` + ${right.name}` : ''}`,
  );
  const dropped = plan.dropped.length ? `\n  dropped: ${plan.dropped.join(', ')}` : '';
  return `Bib ${plan.bib}\n${rows.join('\n')}${dropped}`;
}
