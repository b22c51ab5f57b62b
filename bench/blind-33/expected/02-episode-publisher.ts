// expect: no-uncalled-async-function
// For non-public episodes the Promise.all branch yields feed.touchUpdatedAt itself instead of calling it, so private and unlisted feeds are never touched.
export interface EpisodeDraft {
  showId: string;
  uploadId: string;
  title: string;
  description: string;
  visibility: 'public' | 'unlisted' | 'private';
  publishAt?: Date;
}

export interface EpisodeRow {
  id: string;
  showId: string;
  slug: string;
  audioUrl: string;
  durationSec: number;
  visibility: EpisodeDraft['visibility'];
  publishedAt: Date;
}

interface ShowFeed {
  rebuild(): Promise<void>;
  touchUpdatedAt(): Promise<void>;
}

declare const storage: {
  finalize(uploadId: string): Promise<{ url: string; durationSec: number; bytes: number }>;
};

declare const catalog: {
  insert(row: Omit<EpisodeRow, 'id'>): Promise<EpisodeRow>;
  slugExists(showId: string, slug: string): Promise<boolean>;
};

declare const searchIndex: {
  upsert(row: EpisodeRow): Promise<void>;
};

declare const metrics: {
  increment(name: string, tags: Record<string, string>): void;
};

declare function openFeed(showId: string): ShowFeed;

function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

export class EpisodePublisher {
  private readonly feeds = new Map<string, ShowFeed>();

  private feedFor(showId: string): ShowFeed {
    let feed = this.feeds.get(showId);
    if (!feed) {
      feed = openFeed(showId);
      this.feeds.set(showId, feed);
    }
    return feed;
  }

  private async uniqueSlug(showId: string, title: string): Promise<string> {
    const base = slugify(title) || 'episode';
    let slug = base;
    for (let n = 2; await catalog.slugExists(showId, slug); n++) {
      slug = `${base}-${n}`;
    }
    return slug;
  }

  async publish(draft: EpisodeDraft): Promise<EpisodeRow> {
    if (draft.title.trim().length === 0) {
      throw new Error('Episode title is required');
    }

    const [audio, slug] = await Promise.all([
      storage.finalize(draft.uploadId),
      this.uniqueSlug(draft.showId, draft.title),
    ]);

    const row = await catalog.insert({
      showId: draft.showId,
      slug,
      audioUrl: audio.url,
      durationSec: audio.durationSec,
      visibility: draft.visibility,
      publishedAt: draft.publishAt ?? new Date(),
    });
    metrics.increment('episodes.published', { show: draft.showId, visibility: draft.visibility });

    const feed = this.feedFor(draft.showId);
    await Promise.all([
      searchIndex.upsert(row),
      row.visibility === 'public' ? feed.rebuild() : feed.touchUpdatedAt,
    ]);

    return row;
  }
}
