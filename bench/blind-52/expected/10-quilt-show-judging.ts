// expect: none
// Judges' score() calls are all invoked inside map, and the bound method stored in the dispatch table is a handler meant to be called later.
export interface QuiltEntry {
  entryId: string;
  maker: string;
  category: 'traditional' | 'art' | 'miniature';
  imageUrl: string;
}

export interface JudgeScore {
  judgeId: string;
  workmanship: number;
  design: number;
  visualImpact: number;
}

export interface Judge {
  id: string;
  score(entry: QuiltEntry): Promise<JudgeScore>;
}

export interface Placement {
  entryId: string;
  maker: string;
  total: number;
  ribbon: 'blue' | 'red' | 'white' | null;
}

declare const showDb: {
  entries(category: QuiltEntry['category']): Promise<QuiltEntry[]>;
  savePlacements(category: QuiltEntry['category'], placements: Placement[]): Promise<void>;
};

type CategoryHandler = (entries: QuiltEntry[]) => Promise<Placement[]>;

const RIBBONS: Placement['ribbon'][] = ['blue', 'red', 'white'];

export class JudgingPanel {
  private readonly handlers: Record<QuiltEntry['category'], CategoryHandler>;

  constructor(private readonly judges: readonly Judge[], private readonly miniatureJudges: readonly Judge[]) {
    this.handlers = {
      traditional: this.rankWithPanel.bind(this, judges),
      art: this.rankWithPanel.bind(this, judges),
      miniature: this.rankWithPanel.bind(this, miniatureJudges),
    };
  }

  private async totalFor(entry: QuiltEntry, panel: readonly Judge[]): Promise<number> {
    const scores = await Promise.all(panel.map((judge) => judge.score(entry)));
    const sorted = scores
      .map((s) => s.workmanship * 0.5 + s.design * 0.3 + s.visualImpact * 0.2)
      .sort((a, b) => a - b);
    const trimmed = sorted.length > 3 ? sorted.slice(1, -1) : sorted;
    return trimmed.reduce((sum, v) => sum + v, 0) / trimmed.length;
  }

  private async rankWithPanel(panel: readonly Judge[], entries: QuiltEntry[]): Promise<Placement[]> {
    const totals = await Promise.all(entries.map((entry) => this.totalFor(entry, panel)));
    return entries
      .map((entry, i) => ({ entryId: entry.entryId, maker: entry.maker, total: totals[i], ribbon: null }) as Placement)
      .sort((a, b) => b.total - a.total)
      .map((placement, rank) => ({ ...placement, ribbon: RIBBONS[rank] ?? null }));
  }

  async judgeCategory(category: QuiltEntry['category']): Promise<Placement[]> {
    const entries = await showDb.entries(category);
    if (entries.length === 0) {
      return [];
    }
    const handler = this.handlers[category];
    const placements = await handler(entries);
    await showDb.savePlacements(category, placements);
    return placements;
  }

  async judgeShow(): Promise<Map<QuiltEntry['category'], Placement[]>> {
    const results = new Map<QuiltEntry['category'], Placement[]>();
    for (const category of ['traditional', 'art', 'miniature'] as const) {
      results.set(category, await this.judgeCategory(category));
    }
    return results;
  }

  panelSize(category: QuiltEntry['category']): number {
    return category === 'miniature' ? this.miniatureJudges.length : this.judges.length;
  }
}
