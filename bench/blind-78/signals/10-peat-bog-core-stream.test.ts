// expect: none
// The tests catch AbortError only to assert on it (assert.rejects / captured then checked), which is how cancellation is meant to be verified, not a swallowed abort.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface CoreSection {
  coreId: string;
  depthTopCm: number;
  depthBottomCm: number;
  humification: number; // von Post scale H1-H10
  carbonPct: number;
}

declare function streamCoreSections(file: string, options: { signal?: AbortSignal; batchSize?: number }): AsyncIterable<CoreSection>;

function fixtureLines(coreId: string, sections: number): string {
  const rows = ['core_id,top_cm,bottom_cm,von_post,carbon_pct'];
  for (let i = 0; i < sections; i++) {
    const h = Math.min(10, 2 + Math.floor(i / 5));
    rows.push(`${coreId},${i * 10},${i * 10 + 10},${h},${(48 + i * 0.1).toFixed(1)}`);
  }
  return rows.join('\n') + '\n';
}

describe('peat core section streaming', () => {
  let dir: string;
  let coreFile: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'peat-core-'));
    coreFile = join(dir, 'flow-country-c7.csv');
    await writeFile(coreFile, fixtureLines('FC-C7', 400));
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('streams every section in depth order', async () => {
    const depths: number[] = [];
    for await (const section of streamCoreSections(coreFile, {})) depths.push(section.depthTopCm);
    assert.equal(depths.length, 400);
    assert.deepEqual(depths.slice(0, 3), [0, 10, 20]);
  });

  it('stops with an AbortError when aborted mid-stream', async () => {
    const controller = new AbortController();
    const seen: CoreSection[] = [];
    let caught: unknown;
    try {
      for await (const section of streamCoreSections(coreFile, { signal: controller.signal, batchSize: 10 })) {
        seen.push(section);
        if (seen.length === 25) controller.abort();
      }
    } catch (err) {
      caught = err;
    }
    assert.ok(caught instanceof Error, 'expected the stream to reject');
    assert.equal(caught.name, 'AbortError');
    assert.ok(seen.length < 40, `read ${seen.length} sections after abort`);
  });

  it('rejects immediately for an already-aborted signal', async () => {
    const signal = AbortSignal.abort();
    await assert.rejects(
      async () => {
        for await (const _ of streamCoreSections(coreFile, { signal })) {
          assert.fail('no section should be produced');
        }
      },
      { name: 'AbortError' },
    );
  });
});
