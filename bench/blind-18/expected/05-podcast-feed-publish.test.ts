// expect: no-uncalled-async-function
// Bug: beforeEach passes resetEpisodeStore (the function) to Promise.all instead of calling it, so episodes from earlier tests leak into the next one.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toContain(item: unknown): void;
  toHaveLength(n: number): void;
};

interface Episode {
  id: string;
  showSlug: string;
  title: string;
  audioUrl: string;
  publishedAt: Date | null;
}

const episodes = new Map<string, Episode>();
const shows = new Map<string, { slug: string; title: string; explicit: boolean }>();

async function resetEpisodeStore(): Promise<void> {
  await Promise.resolve();
  episodes.clear();
}

async function seedShowFixtures(): Promise<void> {
  await Promise.resolve();
  shows.set('night-shift', { slug: 'night-shift', title: 'Night Shift Radio', explicit: false });
}

async function publishEpisode(id: string, now = new Date()): Promise<Episode> {
  const ep = episodes.get(id);
  if (!ep) throw new Error(`episode ${id} not found`);
  if (!shows.has(ep.showSlug)) throw new Error(`unknown show ${ep.showSlug}`);
  const published = { ...ep, publishedAt: now };
  episodes.set(id, published);
  return published;
}

function renderFeedItems(showSlug: string): string[] {
  return [...episodes.values()]
    .filter((e) => e.showSlug === showSlug && e.publishedAt !== null)
    .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime())
    .map((e) => `<item><title>${e.title}</title><enclosure url="${e.audioUrl}"/></item>`);
}

function draft(id: string, title: string): Episode {
  return {
    id,
    showSlug: 'night-shift',
    title,
    audioUrl: `https://cdn.example.net/night-shift/${id}.mp3`,
    publishedAt: null,
  };
}

describe('feed publishing', () => {
  beforeEach(async () => {
    await Promise.all([resetEpisodeStore, seedShowFixtures()]);
  });

  it('only lists published episodes in the feed', async () => {
    episodes.set('ep1', draft('ep1', 'Pilot'));
    episodes.set('ep2', draft('ep2', 'Graveyard Shift'));
    await publishEpisode('ep1', new Date('2024-03-01T06:00:00Z'));

    const items = renderFeedItems('night-shift');
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('Pilot');
  });

  it('orders items newest first', async () => {
    episodes.set('ep3', draft('ep3', 'Dawn Chorus'));
    episodes.set('ep4', draft('ep4', 'Last Call'));
    await publishEpisode('ep3', new Date('2024-04-01T06:00:00Z'));
    await publishEpisode('ep4', new Date('2024-04-08T06:00:00Z'));

    const items = renderFeedItems('night-shift');
    expect(items).toHaveLength(2);
    expect(items[0].includes('Last Call')).toBe(true);
  });
});
