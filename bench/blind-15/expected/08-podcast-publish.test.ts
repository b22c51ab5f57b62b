// expect: none
// Async helpers are handed to before/afterEach and assert.rejects as callbacks, which is the intended usage; everything else is called and awaited.
import { describe, it, before, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface EpisodeMeta {
  title: string;
  durationSec: number;
  explicit: boolean;
}

let workDir = '';

async function createWorkDir(): Promise<void> {
  workDir = await mkdtemp(path.join(tmpdir(), 'podcast-'));
}

async function cleanFeed(): Promise<void> {
  await rm(path.join(workDir, 'feed.json'), { force: true });
}

async function publishEpisode(meta: EpisodeMeta): Promise<string> {
  if (meta.durationSec <= 0) {
    throw new RangeError('episode duration must be positive');
  }
  if (!meta.title.trim()) {
    throw new TypeError('episode title is required');
  }
  const feedPath = path.join(workDir, 'feed.json');
  const existing: EpisodeMeta[] = await readFile(feedPath, 'utf8')
    .then((raw) => JSON.parse(raw) as EpisodeMeta[])
    .catch(() => []);
  existing.unshift(meta);
  await writeFile(feedPath, JSON.stringify(existing, null, 2));
  return feedPath;
}

async function readFeed(): Promise<EpisodeMeta[]> {
  return JSON.parse(await readFile(path.join(workDir, 'feed.json'), 'utf8')) as EpisodeMeta[];
}

describe('episode publishing', () => {
  before(createWorkDir);
  afterEach(cleanFeed);

  it('writes the newest episode at the top of the feed', async () => {
    await publishEpisode({ title: 'Pilot', durationSec: 1800, explicit: false });
    await publishEpisode({ title: 'Second Wind', durationSec: 2400, explicit: true });
    const feed = await readFeed();
    assert.equal(feed.length, 2);
    assert.equal(feed[0].title, 'Second Wind');
  });

  it('rejects zero-length uploads', async () => {
    await assert.rejects(() => publishEpisode({ title: 'Silence', durationSec: 0, explicit: false }), RangeError);
  });

  it('rejects untitled episodes', async () => {
    await assert.rejects(publishEpisode({ title: '   ', durationSec: 60, explicit: false }), {
      name: 'TypeError',
      message: 'episode title is required',
    });
  });

  it('keeps every episode when publishing a back catalogue', async () => {
    const titles = ['Ep A', 'Ep B', 'Ep C'];
    for (const title of titles) {
      await publishEpisode({ title, durationSec: 900, explicit: false });
    }
    const feed = await readFeed();
    assert.deepEqual(
      feed.map((e) => e.title),
      [...titles].reverse(),
    );
  });
});
