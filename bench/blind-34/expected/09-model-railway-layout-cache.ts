// expect: none
// The layout promise is deliberately single-flight: one load is shared by all callers and dropped on failure so the next call starts a fresh load.
export interface TrackBlock {
  id: string;
  lengthCm: number;
  occupied: boolean;
  signal: "red" | "yellow" | "green";
}

export interface Layout {
  name: string;
  scale: "N" | "HO" | "OO" | "O";
  blocks: TrackBlock[];
}

declare const clubServer: {
  fetchLayout(name: string): Promise<Layout>;
  setSignal(blockId: string, aspect: TrackBlock["signal"]): Promise<void>;
};

export class LayoutCache {
  private loading: Promise<Layout> | null = null;

  constructor(private readonly layoutName: string) {}

  get(): Promise<Layout> {
    if (!this.loading) {
      const attempt = clubServer.fetchLayout(this.layoutName);
      this.loading = attempt;
      attempt.catch(() => {
        if (this.loading === attempt) this.loading = null;
      });
    }
    return this.loading;
  }

  invalidate(): void {
    this.loading = null;
  }
}

export class SignalInterlock {
  constructor(private readonly cache: LayoutCache) {}

  async blockAhead(blockId: string): Promise<TrackBlock | undefined> {
    const layout = await this.cache.get();
    const index = layout.blocks.findIndex((b) => b.id === blockId);
    return index >= 0 ? layout.blocks[(index + 1) % layout.blocks.length] : undefined;
  }

  async clearRoute(fromBlock: string): Promise<TrackBlock["signal"]> {
    const ahead = await this.blockAhead(fromBlock);
    if (!ahead) throw new Error(`block ${fromBlock} not on layout`);
    const aheadOfAhead = await this.blockAhead(ahead.id);
    const aspect: TrackBlock["signal"] = ahead.occupied
      ? "red"
      : aheadOfAhead?.occupied
        ? "yellow"
        : "green";
    await clubServer.setSignal(fromBlock, aspect);
    return aspect;
  }

  async totalTrackMetres(): Promise<number> {
    const layout = await this.cache.get();
    return layout.blocks.reduce((sum, b) => sum + b.lengthCm, 0) / 100;
  }
}

export async function openOperatingSession(name: string, startBlocks: string[]) {
  const cache = new LayoutCache(name);
  const interlock = new SignalInterlock(cache);
  const aspects = await Promise.all(startBlocks.map((b) => interlock.clearRoute(b)));
  return { interlock, aspects, metres: await interlock.totalTrackMetres() };
}
