// expect: no-multiple-settle
// findFirstSwellAlert's 'close' handler only resolves when an alert was found, so a log with no alert leaves the promise pending forever.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

interface SwellAlert {
  buoyId: string;
  waveHeightM: number;
  periodS: number;
  line: number;
}

function findFirstSwellAlert(file: string, thresholdM: number): Promise<SwellAlert | null> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(file, { encoding: 'utf8' });
    const rl = readline.createInterface({ input, crlfDelay: Infinity });
    rl.once('error', reject);
    let lineNo = 0;
    let found: SwellAlert | null = null;

    rl.on('line', (line) => {
      lineNo += 1;
      if (found || line.startsWith('#')) return;
      const [buoyId, height, period] = line.split(/\s+/);
      const waveHeightM = Number(height);
      if (waveHeightM >= thresholdM) {
        found = { buoyId, waveHeightM, periodS: Number(period), line: lineNo };
        rl.close();
      }
    });

    rl.once('close', () => {
      if (found) resolve(found);
    });
  });
}

describe('buoy log replay', () => {
  let dir: string;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'buoy-logs-'));
    await writeFile(
      path.join(dir, 'storm.log'),
      ['# buoy height_m period_s', '46042 1.8 9', '46042 2.4 10', '46026 4.9 13', '46026 5.2 14'].join('\n'),
    );
    await writeFile(
      path.join(dir, 'calm.log'),
      ['# buoy height_m period_s', '46042 0.6 7', '46026 0.9 8'].join('\n'),
    );
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports the first reading over the swell threshold', async () => {
    const alert = await findFirstSwellAlert(path.join(dir, 'storm.log'), 4.5);
    assert.deepEqual(alert, { buoyId: '46026', waveHeightM: 4.9, periodS: 13, line: 4 });
  });

  it('uses the threshold inclusively', async () => {
    const alert = await findFirstSwellAlert(path.join(dir, 'storm.log'), 2.4);
    assert.equal(alert?.line, 3);
  });

  it('returns null for a calm day', async () => {
    const alert = await findFirstSwellAlert(path.join(dir, 'calm.log'), 3);
    assert.equal(alert, null);
  });

  it('rejects for a missing log file', async () => {
    await assert.rejects(findFirstSwellAlert(path.join(dir, 'missing.log'), 3), { code: 'ENOENT' });
  });
});
