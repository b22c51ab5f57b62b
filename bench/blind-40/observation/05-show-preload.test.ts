// expect: none
// preloadShow() checks each allSettled result's status before reading value or reason, and every loader promise it starts is part of that allSettled.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface ShowAsset {
  id: string;
  kind: 'dome-video' | 'audio' | 'star-catalog';
  url: string;
}

interface PreloadReport {
  loaded: Map<string, ArrayBuffer>;
  failed: Array<{ id: string; kind: ShowAsset['kind']; reason: string }>;
  playable: boolean;
}

type Loader = (asset: ShowAsset) => Promise<ArrayBuffer>;

async function preloadShow(assets: readonly ShowAsset[], load: Loader): Promise<PreloadReport> {
  const results = await Promise.allSettled(assets.map((asset) => load(asset)));
  const loaded = new Map<string, ArrayBuffer>();
  const failed: PreloadReport['failed'] = [];

  results.forEach((result, index) => {
    const asset = assets[index] as ShowAsset;
    if (result.status === 'fulfilled') {
      loaded.set(asset.id, result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      failed.push({ id: asset.id, kind: asset.kind, reason });
    }
  });

  // narration can fall back to the live presenter; video and star data cannot
  const playable = failed.every((f) => f.kind === 'audio');
  return { loaded, failed, playable };
}

function fakeLoader(failing: ReadonlySet<string>, calls: string[]): Loader {
  return async (asset) => {
    calls.push(asset.id);
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
    if (failing.has(asset.id)) throw new Error(`404 ${asset.url}`);
    return new ArrayBuffer(asset.kind === 'dome-video' ? 4096 : 256);
  };
}

const tonight: ShowAsset[] = [
  { id: 'orion-nebula-8k', kind: 'dome-video', url: 'https://cdn.example/shows/orion/8k.mp4' },
  { id: 'orion-narration-en', kind: 'audio', url: 'https://cdn.example/shows/orion/en.opus' },
  { id: 'hipparcos-subset', kind: 'star-catalog', url: 'https://cdn.example/catalogs/hip-6.5.bin' },
];

describe('planetarium show preload', () => {
  it('loads every asset when all requests succeed', async () => {
    const calls: string[] = [];
    const report = await preloadShow(tonight, fakeLoader(new Set(), calls));
    assert.equal(report.loaded.size, 3);
    assert.deepEqual(report.failed, []);
    assert.equal(report.playable, true);
    assert.deepEqual([...calls].sort(), tonight.map((a) => a.id).sort());
  });

  it('stays playable when only narration fails', async () => {
    const report = await preloadShow(tonight, fakeLoader(new Set(['orion-narration-en']), []));
    assert.equal(report.playable, true);
    assert.equal(report.failed.length, 1);
    assert.match(report.failed[0]?.reason ?? '', /404/);
  });

  it('is not playable without the dome video', async () => {
    const report = await preloadShow(tonight, fakeLoader(new Set(['orion-nebula-8k']), []));
    assert.equal(report.playable, false);
    assert.equal(report.loaded.has('hipparcos-subset'), true);
  });

  it('reports every failure, not just the first', async () => {
    const all = new Set(tonight.map((a) => a.id));
    const report = await preloadShow(tonight, fakeLoader(all, []));
    assert.equal(report.failed.length, 3);
    assert.equal(report.loaded.size, 0);
  });
});
