// expect: no-unobserved-promise
// The next show's asset prefetch is started and then held across the projector load and the whole playback, so if it rejects meanwhile there is no handler attached.
export interface ShowSlot {
  showId: string;
  title: string;
  startsAt: Date;
  next: { showId: string } | null;
}

export interface AssetBundle {
  showId: string;
  domeMasterPath: string;
  audioStemPaths: string[];
  bytes: number;
}

export interface AssetStore {
  prefetch(showId: string): Promise<AssetBundle>;
}

export interface DomeProjector {
  load(bundle: AssetBundle): Promise<void>;
  play(): Promise<{ droppedFrames: number }>;
  blank(): Promise<void>;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
}

export class ShowScheduler {
  private readonly ready = new Map<string, AssetBundle>();

  constructor(
    private readonly assets: AssetStore,
    private readonly projector: DomeProjector,
    private readonly log: Logger,
  ) {}

  async runSlot(slot: ShowSlot): Promise<void> {
    const bundle = this.ready.get(slot.showId) ?? (await this.assets.prefetch(slot.showId));
    this.ready.delete(slot.showId);

    const upcoming = slot.next ? this.assets.prefetch(slot.next.showId) : null;

    await this.projector.load(bundle);
    this.log.info('show loaded', { showId: slot.showId, bytes: bundle.bytes });

    const { droppedFrames } = await this.projector.play();
    await this.projector.blank();
    this.log.info('show finished', { showId: slot.showId, droppedFrames });

    if (upcoming) {
      const nextBundle = await upcoming;
      this.ready.set(nextBundle.showId, nextBundle);
    }
  }

  async runEvening(slots: ShowSlot[]): Promise<void> {
    for (const slot of slots) {
      const waitMs = slot.startsAt.getTime() - Date.now();
      if (waitMs > 0) {
        await new Promise<void>((resolve) => setTimeout(resolve, waitMs));
      }
      await this.runSlot(slot);
    }
  }
}
