// expect: no-swallowed-abort
// fetchStory's catch-all also catches the AbortError raised by the caller's signal and returns the cached story, so a cancelled refresh looks like a successful one.
import { EventEmitter } from 'node:events';

export interface WireStory {
  id: string;
  slug: string;
  headline: string;
  body: string;
  version: number;
  agency: 'AP' | 'Reuters' | 'AFP' | 'PA';
  embargoUntil?: string;
}

export interface DegradedEvent {
  storyId: string;
  consecutiveFailures: number;
  error: unknown;
  servedFromCache: boolean;
}

export class WireDesk extends EventEmitter {
  private readonly cache = new Map<string, WireStory>();
  private consecutiveFailures = 0;

  constructor(
    private readonly feedUrl: string,
    private readonly token: string,
  ) {
    super();
  }

  async fetchStory(id: string, signal: AbortSignal): Promise<WireStory | undefined> {
    try {
      const res = await fetch(`${this.feedUrl}/stories/${encodeURIComponent(id)}`, {
        headers: { authorization: `Bearer ${this.token}`, accept: 'application/json' },
        signal,
      });
      if (res.status === 404) {
        this.cache.delete(id);
        return undefined;
      }
      if (!res.ok) {
        throw new Error(`wire feed returned HTTP ${res.status} for ${id}`);
      }
      const story = (await res.json()) as WireStory;
      this.cache.set(id, story);
      this.consecutiveFailures = 0;
      return story;
    } catch (err) {
      this.consecutiveFailures++;
      const cached = this.cache.get(id);
      const event: DegradedEvent = {
        storyId: id,
        consecutiveFailures: this.consecutiveFailures,
        error: err,
        servedFromCache: cached !== undefined,
      };
      this.emit('degraded', event);
      return cached;
    }
  }

  async refreshBudget(storyIds: string[], signal: AbortSignal): Promise<WireStory[]> {
    const fresh: WireStory[] = [];
    for (const id of storyIds) {
      const story = await this.fetchStory(id, signal);
      if (story && !this.isEmbargoed(story)) {
        fresh.push(story);
      }
    }
    this.emit('budget-refreshed', { count: fresh.length, at: new Date() });
    return fresh;
  }

  private isEmbargoed(story: WireStory, now = Date.now()): boolean {
    return story.embargoUntil !== undefined && Date.parse(story.embargoUntil) > now;
  }
}
