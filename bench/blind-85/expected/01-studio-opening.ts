// expect: no-uncalled-async-function
// warmUp() puts this.loadPapers into Promise.all without calling it, so the paper stock is never loaded and Promise.all just passes the function through; paperFor() then finds no sheets.
export interface Ink {
  name: string;
  base: 'oil' | 'water' | 'caligo-safe-wash';
  grams: number;
}

export interface PaperSheet {
  name: string;
  gsm: number;
  size: 'A3' | 'A2' | 'A1' | 'quarter-imperial' | 'half-imperial';
  sheets: number;
  suitableFor: Array<'intaglio' | 'relief' | 'litho' | 'screen'>;
}

export interface Member {
  id: string;
  name: string;
  keyholder: boolean;
  inductions: string[];
}

declare const inventoryDb: {
  inks(): Promise<Ink[]>;
  papers(): Promise<PaperSheet[]>;
};
declare const membership: {
  active(): Promise<Member[]>;
};

export class StudioDay {
  private inks: Ink[] = [];
  private papers: PaperSheet[] = [];
  private members = new Map<string, Member>();
  private opened = false;

  async loadInks(): Promise<void> {
    this.inks = await inventoryDb.inks();
  }

  async loadPapers(): Promise<void> {
    const all = await inventoryDb.papers();
    this.papers = all.filter((p) => p.sheets > 0);
  }

  async syncMembers(): Promise<void> {
    const list = await membership.active();
    this.members = new Map(list.map((m) => [m.id, m]));
  }

  async warmUp(): Promise<void> {
    if (this.opened) return;
    await Promise.all([this.loadInks(), this.loadPapers, this.syncMembers()]);
    this.opened = true;
  }

  canUse(memberId: string, press: string): boolean {
    const m = this.members.get(memberId);
    return !!m && (m.keyholder || m.inductions.includes(press));
  }

  paperFor(technique: PaperSheet['suitableFor'][number], minGsm = 0): PaperSheet[] {
    return this.papers
      .filter((p) => p.suitableFor.includes(technique) && p.gsm >= minGsm)
      .sort((a, b) => b.sheets - a.sheets);
  }

  lowInks(thresholdGrams = 100): string[] {
    return this.inks.filter((i) => i.grams < thresholdGrams).map((i) => `${i.name} (${i.grams} g)`);
  }
}

export async function openStudio(day: StudioDay): Promise<string> {
  await day.warmUp();
  const low = day.lowInks();
  const etchingPaper = day.paperFor('intaglio', 250);
  return [
    `Studio open. ${etchingPaper.length} etching papers in stock.`,
    low.length ? `Reorder: ${low.join(', ')}` : 'Ink stock fine.',
  ].join('\n');
}
