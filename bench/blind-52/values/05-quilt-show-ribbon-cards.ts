// expect: none
// Every promise is awaited before it meets ??, a template string or JSON; the map deliberately caches promises and hands them out to be awaited.
export interface Entry {
  entryId: string;
  title: string;
  makerId: string;
  category: string;
}

export interface Maker {
  makerId: string;
  displayName: string;
  guild?: string;
}

export interface RibbonCard {
  entryId: string;
  heading: string;
  body: string;
}

declare const registry: {
  maker(makerId: string): Promise<Maker | undefined>;
  guildOverride(makerId: string): Promise<string | null>;
};

declare const scores: {
  final(entryId: string): Promise<number | undefined>;
  provisional(entryId: string): Promise<number>;
};

declare const printer: {
  submit(payload: string): Promise<{ jobId: string }>;
};

export class RibbonCardPrinter {
  private readonly makers = new Map<string, Promise<Maker | undefined>>();

  private makerFor(makerId: string): Promise<Maker | undefined> {
    let pending = this.makers.get(makerId);
    if (!pending) {
      pending = registry.maker(makerId);
      this.makers.set(makerId, pending);
      pending.catch(() => this.makers.delete(makerId));
    }
    return pending;
  }

  private async scoreFor(entryId: string): Promise<number> {
    return (await scores.final(entryId)) ?? (await scores.provisional(entryId));
  }

  async card(entry: Entry, ribbon: 'blue' | 'red' | 'white'): Promise<RibbonCard> {
    const [maker, score, guildOverride] = await Promise.all([
      this.makerFor(entry.makerId),
      this.scoreFor(entry.entryId),
      registry.guildOverride(entry.makerId),
    ]);
    const name = maker?.displayName ?? 'Anonymous maker';
    const guild = guildOverride ?? maker?.guild ?? 'Independent';
    return {
      entryId: entry.entryId,
      heading: `${ribbon.toUpperCase()} RIBBON — ${entry.category}`,
      body: `"${entry.title}" by ${name} (${guild}), scored ${score.toFixed(2)}`,
    };
  }

  async printAll(placements: ReadonlyArray<{ entry: Entry; ribbon: 'blue' | 'red' | 'white' }>): Promise<string[]> {
    const cards = await Promise.all(placements.map((p) => this.card(p.entry, p.ribbon)));
    const jobIds: string[] = [];
    for (const card of cards) {
      const { jobId } = await printer.submit(JSON.stringify({ template: 'ribbon-v2', card }));
      jobIds.push(jobId);
    }
    return jobIds;
  }

  forget(makerId: string): void {
    this.makers.delete(makerId);
  }
}
