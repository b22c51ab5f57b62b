// expect: none
// Every async lookup is awaited before it is used in a condition, template string or JSON body.
interface Singer {
  id: string;
  displayName: string;
  roomId: string;
}

interface QueueEntry {
  singerId: string;
  trackId: string;
  requestedAt: number;
}

declare const catalogue: {
  trackTitle(trackId: string): Promise<string | null>;
  isLicensed(trackId: string, region: string): Promise<boolean>;
};

declare const moderation: {
  isBanned(singerId: string): Promise<boolean>;
};

declare const screen: {
  post(roomId: string, payload: string): Promise<void>;
};

export class KaraokeQueue {
  private readonly entries: QueueEntry[] = [];

  constructor(
    private readonly region: string,
    private readonly maxPerSinger = 2,
  ) {}

  private queuedBy(singerId: string): number {
    return this.entries.filter((e) => e.singerId === singerId).length;
  }

  async estimatedWaitMinutes(): Promise<number> {
    return this.entries.length * 4;
  }

  async request(singer: Singer, trackId: string): Promise<string> {
    if (await moderation.isBanned(singer.id)) {
      return `${singer.displayName} can't request songs tonight`;
    }
    if (this.queuedBy(singer.id) >= this.maxPerSinger) {
      return `${singer.displayName} already has ${this.maxPerSinger} songs queued`;
    }
    const licensed = await catalogue.isLicensed(trackId, this.region);
    if (!licensed) return 'That track is not available in this venue';

    const title = (await catalogue.trackTitle(trackId)) ?? 'Unknown track';
    this.entries.push({ singerId: singer.id, trackId, requestedAt: Date.now() });

    const wait = await this.estimatedWaitMinutes();
    await screen.post(
      singer.roomId,
      JSON.stringify({
        type: 'queued',
        singer: singer.displayName,
        title,
        position: this.entries.length,
        waitMinutes: wait,
      }),
    );
    return `${title} queued for ${singer.displayName}, about ${wait} min`;
  }

  async next(roomId: string): Promise<QueueEntry | undefined> {
    const entry = this.entries.shift();
    if (!entry) return undefined;
    const title = await catalogue.trackTitle(entry.trackId);
    await screen.post(roomId, JSON.stringify({ type: 'now-playing', title: title ?? entry.trackId }));
    return entry;
  }
}
