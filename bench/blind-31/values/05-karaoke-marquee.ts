// expect: no-promise-as-value
// announceNext interpolates the promise from the async stageName() into the marquee text, so screens show "[object Promise]" instead of the singer.
export interface Singer {
  singerId: string;
  tableNo: number;
  nickname?: string;
}

export interface Request {
  requestId: string;
  singer: Singer;
  songTitle: string;
  artist: string;
  requestedAt: Date;
}

declare const loyaltyApi: {
  profile(singerId: string): Promise<{ displayName: string; optedOutOfNames: boolean }>;
};
declare const marquee: {
  show(text: string, seconds: number): Promise<void>;
};
declare const djBooth: {
  cue(requestId: string): Promise<{ introSec: number }>;
};

const MAX_MARQUEE_CHARS = 64;

function truncate(text: string): string {
  return text.length <= MAX_MARQUEE_CHARS ? text : `${text.slice(0, MAX_MARQUEE_CHARS - 1)}…`;
}

export class PlaylistAnnouncer {
  private readonly queue: Request[] = [];
  private history: string[] = [];

  add(request: Request): number {
    const duplicate = this.queue.find(
      (r) => r.singer.singerId === request.singer.singerId && r.songTitle === request.songTitle,
    );
    if (duplicate) return this.queue.indexOf(duplicate) + 1;
    this.queue.push(request);
    return this.queue.length;
  }

  private async stageName(singer: Singer): Promise<string> {
    if (singer.nickname) return singer.nickname;
    try {
      const profile = await loyaltyApi.profile(singer.singerId);
      return profile.optedOutOfNames ? `Table ${singer.tableNo}` : profile.displayName;
    } catch {
      return `Table ${singer.tableNo}`;
    }
  }

  async announceNext(): Promise<Request | undefined> {
    const next = this.queue.shift();
    if (!next) {
      await marquee.show('Open mic! Grab the songbook and sign up at the bar', 20);
      return undefined;
    }
    const { introSec } = await djBooth.cue(next.requestId);
    const text = truncate(`Up next: ${this.stageName(next.singer)} — "${next.songTitle}" (${next.artist})`);
    await marquee.show(text, Math.max(8, introSec));
    this.history = [next.requestId, ...this.history].slice(0, 50);
    return next;
  }

  async previewQueue(count = 3): Promise<string[]> {
    const upcoming = this.queue.slice(0, count);
    const names = await Promise.all(upcoming.map((r) => this.stageName(r.singer)));
    return upcoming.map((r, i) => `${i + 1}. ${names[i]} – ${r.songTitle}`);
  }

  alreadySang(requestId: string): boolean {
    return this.history.includes(requestId);
  }
}
