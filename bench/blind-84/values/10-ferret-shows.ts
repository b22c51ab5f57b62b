// expect: none
// The pedigree cache deliberately stores promises, so `?? this.loadPedigree(id)` tests whether an entry exists, not a result; everything sent to the show office is built from awaited values.
export interface Entry {
  entryId: string;
  ferretName: string;
  pedigreeId: string;
  colour: "sable" | "albino" | "silver" | "cinnamon" | "black-eyed white";
  ageMonths: number;
}

export interface Pedigree {
  id: string;
  sire?: string;
  dam?: string;
  generations: number;
  breeder: string;
}

declare const registry: {
  fetchPedigree(id: string): Promise<Pedigree>;
};

declare const showOffice: {
  submitCatalogue(show: string, body: { classes: Record<string, CatalogueLine[]> }): Promise<{ catalogueId: string }>;
};

export interface CatalogueLine {
  entryId: string;
  name: string;
  breeder: string;
  generations: number;
}

function classFor(entry: Entry): string {
  if (entry.ageMonths < 6) return "kit";
  if (entry.ageMonths < 12) return `juvenile-${entry.colour}`;
  return entry.colour;
}

export class ShowCatalogue {
  private readonly pedigrees = new Map<string, Promise<Pedigree>>();

  private loadPedigree(id: string): Promise<Pedigree> {
    const loading = registry.fetchPedigree(id);
    this.pedigrees.set(id, loading);
    loading.catch(() => this.pedigrees.delete(id));
    return loading;
  }

  pedigree(id: string): Promise<Pedigree> {
    return this.pedigrees.get(id) ?? this.loadPedigree(id);
  }

  async build(show: string, entries: Entry[]): Promise<string> {
    const pedigrees = await Promise.all(entries.map((e) => this.pedigree(e.pedigreeId)));

    const classes: Record<string, CatalogueLine[]> = {};
    entries.forEach((entry, i) => {
      const pedigree = pedigrees[i];
      const line: CatalogueLine = {
        entryId: entry.entryId,
        name: entry.ferretName,
        breeder: pedigree.breeder,
        generations: pedigree.generations,
      };
      (classes[classFor(entry)] ??= []).push(line);
    });
    for (const lines of Object.values(classes)) lines.sort((a, b) => a.name.localeCompare(b.name));

    const { catalogueId } = await showOffice.submitCatalogue(show, { classes });
    return catalogueId;
  }
}
