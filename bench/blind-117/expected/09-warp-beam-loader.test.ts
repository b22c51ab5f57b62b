// expect: none
// The async functions passed uncalled go to assert.rejects and test(), which both expect a function and call it themselves, so no promise was meant at those places.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface WarpBeam {
  beamId: string;
  ends: number;
  lengthM: number;
  yarnLot: string;
  tensionN: number;
}

class WarpBeamLoader {
  constructor(private readonly dir: string) {}

  async load(beamId: string): Promise<WarpBeam> {
    const beam = JSON.parse(await readFile(join(this.dir, `${beamId}.json`), 'utf8')) as WarpBeam;
    if (beam.ends <= 0) throw new Error(`Beam ${beamId} has no ends`);
    if (beam.tensionN < 40 || beam.tensionN > 180) throw new Error(`Beam ${beamId} tension ${beam.tensionN} N out of range`);
    return beam;
  }

  async save(beam: WarpBeam): Promise<void> {
    await writeFile(join(this.dir, `${beam.beamId}.json`), JSON.stringify(beam));
  }
}

describe('WarpBeamLoader', () => {
  let dir: string;
  let loader: WarpBeamLoader;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'warp-beams-'));
    loader = new WarpBeamLoader(dir);
    await loader.save({ beamId: 'WB-101', ends: 4800, lengthM: 320, yarnLot: 'MS-22-0917', tensionN: 95 });
    await loader.save({ beamId: 'WB-000', ends: 0, lengthM: 0, yarnLot: 'none', tensionN: 95 });
    await loader.save({ beamId: 'WB-777', ends: 2400, lengthM: 150, yarnLot: 'TU-23-0102', tensionN: 260 });
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function loadsFullBeam(): Promise<void> {
    const beam = await loader.load('WB-101');
    assert.equal(beam.ends, 4800);
    assert.equal(beam.yarnLot, 'MS-22-0917');
  }

  async function loadEmptyBeam(): Promise<WarpBeam> {
    return loader.load('WB-000');
  }

  async function loadOvertensionedBeam(): Promise<WarpBeam> {
    return loader.load('WB-777');
  }

  test('loads a beam from disk', loadsFullBeam);

  test('rejects a beam without warp ends', async () => {
    await assert.rejects(loadEmptyBeam, /has no ends/);
  });

  test('rejects a beam wound too tight', async () => {
    await assert.rejects(loadOvertensionedBeam, /tension 260 N out of range/);
  });

  test('reports a missing beam file', async () => {
    await assert.rejects(() => loader.load('WB-404'), { code: 'ENOENT' });
  });
});
