// expect: no-unobserved-promise
// The prebuffer promise is started before the rights check; when the check throws, that promise is abandoned and a decode failure becomes an unhandled rejection.
export interface PlaylistSlot {
  slotId: string;
  startsAt: Date;
  kind: 'music' | 'jingle' | 'advert';
  track: {
    isrc: string;
    fileUri: string;
    durationMs: number;
    introMs: number;
  };
}

export interface PreparedCue {
  slotId: string;
  isrc: string;
  buffer: ArrayBuffer;
  fadeInMs: number;
  talkUpMs: number;
}

interface BroadcastRights {
  isrc: string;
  territory: string;
  expiresAt: Date;
}

declare const decoder: {
  prebuffer(fileUri: string, opts: { seconds: number; signal?: AbortSignal }): Promise<ArrayBuffer>;
};

export class RightsExpiredError extends Error {
  constructor(
    readonly isrc: string,
    readonly expiredAt: Date | undefined,
  ) {
    super(expiredAt ? `broadcast rights for ${isrc} expired ${expiredAt.toISOString()}` : `no broadcast rights on file for ${isrc}`);
    this.name = 'RightsExpiredError';
  }
}

export class CuePreparer {
  private readonly rights = new Map<string, BroadcastRights>();

  constructor(private readonly territory: string) {}

  loadRights(entries: BroadcastRights[]): void {
    for (const entry of entries) {
      if (entry.territory === this.territory) this.rights.set(entry.isrc, entry);
    }
  }

  async prepare(slot: PlaylistSlot, signal?: AbortSignal): Promise<PreparedCue> {
    const { track } = slot;
    const seconds = slot.kind === 'music' ? 20 : Math.ceil(track.durationMs / 1000);

    // decoding is the slow part, get it going straight away
    const buffering = decoder.prebuffer(track.fileUri, { seconds, signal });

    if (slot.kind !== 'advert') {
      const rights = this.rights.get(track.isrc);
      if (!rights || rights.expiresAt.getTime() < slot.startsAt.getTime() + track.durationMs) {
        throw new RightsExpiredError(track.isrc, rights?.expiresAt);
      }
    }

    const fadeInMs = slot.kind === 'jingle' ? 0 : 250;
    const talkUpMs = slot.kind === 'music' ? Math.max(0, track.introMs - 1500) : 0;

    return {
      slotId: slot.slotId,
      isrc: track.isrc,
      buffer: await buffering,
      fadeInMs,
      talkUpMs,
    };
  }

  async prepareHour(slots: PlaylistSlot[], signal?: AbortSignal): Promise<PreparedCue[]> {
    const cues: PreparedCue[] = [];
    for (const slot of slots) {
      try {
        cues.push(await this.prepare(slot, signal));
      } catch (err) {
        if (err instanceof RightsExpiredError) continue;
        throw err;
      }
    }
    return cues;
  }
}
