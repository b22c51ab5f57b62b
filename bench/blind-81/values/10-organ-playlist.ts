// expect: none
// The promise cache is a Map typed to hold promises and is only ever awaited; every ??, === and template use works on awaited values.
export interface OrganTune {
  tuneId: string;
  title: string;
  composer: string;
  bars: number;
  tempoBpm: number;
  scale: '20-note' | '26-note' | '31-note';
}

export interface PlaylistSlot {
  tuneId: string;
  title: string;
  minutes: number;
  crowdRating: number;
}

declare const tuneRegistry: {
  lookup(tuneId: string): Promise<OrganTune | undefined>;
};
declare const crowdMeter: {
  rating(tuneId: string, pitch: string): Promise<number | null>;
};
declare const busking: {
  announce(pitch: string, text: string): Promise<void>;
};

const BEATS_PER_BAR = 3;
const DEFAULT_RATING = 2.5;

export class PlaylistBuilder {
  private readonly tuneCache = new Map<string, Promise<OrganTune | undefined>>();

  constructor(private readonly organScale: OrganTune['scale'], private readonly pitch: string) {}

  private tune(tuneId: string): Promise<OrganTune | undefined> {
    let pending = this.tuneCache.get(tuneId);
    if (pending === undefined) {
      pending = tuneRegistry.lookup(tuneId);
      this.tuneCache.set(tuneId, pending);
      pending.catch(() => this.tuneCache.delete(tuneId));
    }
    return pending;
  }

  private async slotFor(tuneId: string): Promise<PlaylistSlot | null> {
    const [tune, rating] = await Promise.all([this.tune(tuneId), crowdMeter.rating(tuneId, this.pitch)]);
    if (tune === undefined || tune.scale !== this.organScale) return null;
    return {
      tuneId,
      title: tune.title,
      minutes: Math.round(((tune.bars * BEATS_PER_BAR) / tune.tempoBpm) * 10) / 10,
      crowdRating: rating ?? DEFAULT_RATING,
    };
  }

  async build(tuneIds: readonly string[], maxMinutes: number): Promise<PlaylistSlot[]> {
    const slots = (await Promise.all(tuneIds.map((tuneId) => this.slotFor(tuneId)))).filter(
      (slot): slot is PlaylistSlot => slot !== null,
    );
    slots.sort((a, b) => b.crowdRating - a.crowdRating);

    const playlist: PlaylistSlot[] = [];
    let total = 0;
    for (const slot of slots) {
      if (total + slot.minutes > maxMinutes) continue;
      playlist.push(slot);
      total += slot.minutes;
    }
    return playlist;
  }

  async announceNext(tuneId: string): Promise<void> {
    const tune = await this.tune(tuneId);
    const title = tune?.title ?? 'a surprise from the barrel';
    const composer = tune?.composer ? ` by ${tune.composer}` : '';
    await busking.announce(this.pitch, `Next on the organ: ${title}${composer}!`);
  }
}
