// expect: no-read-before-settle
// load() sets durationMs from this.cues right after registering the line handler, before readline has delivered a single line, so the duration is always computed from an empty list.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

interface Cue {
  id: string;
  inMs: number;
  outMs: number;
  text: string;
}

function parseTimestamp(ts: string): number {
  const [h, m, rest] = ts.split(':');
  const [s, ms] = rest.split('.');
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms);
}

function parseCue(line: string): Cue | null {
  // Q12 | 00:04:31.200 | 00:04:35.900 | My heart, why do you tremble?
  const parts = line.split('|').map((p) => p.trim());
  if (parts.length !== 4 || !/^Q\d+[a-z]?$/.test(parts[0])) return null;
  return { id: parts[0], inMs: parseTimestamp(parts[1]), outMs: parseTimestamp(parts[2]), text: parts[3] };
}

class CueSheet {
  private cues: Cue[] = [];
  durationMs = 0;

  load(input: Readable): Promise<number> {
    this.cues = [];
    const rl = createInterface({ input, crlfDelay: Infinity });
    rl.on('line', (line) => {
      const cue = parseCue(line);
      if (cue) this.cues.push(cue);
    });
    const loaded = once(rl, 'close').then(() => this.cues.length);
    this.durationMs = this.cues.length > 0 ? this.cues[this.cues.length - 1].outMs - this.cues[0].inMs : 0;
    return loaded;
  }

  at(ms: number): Cue | undefined {
    return this.cues.find((c) => c.inMs <= ms && ms < c.outMs);
  }
}

const ACT_ONE = [
  '# Tosca, Act I — English surtitles',
  'Q1 | 00:00:42.000 | 00:00:45.500 | Ah! At last!',
  'Q2 | 00:00:46.100 | 00:00:50.000 | In my terror I saw ghosts everywhere.',
  'Q2a | 00:00:50.200 | 00:00:53.000 | The chapel key... at the feet of the Madonna.',
  'not a cue line',
  'Q3 | 00:01:10.000 | 00:01:14.250 | Here it is!',
].join('\n');

describe('CueSheet', () => {
  let sheet: CueSheet;

  before(async () => {
    sheet = new CueSheet();
    await sheet.load(Readable.from([ACT_ONE]));
  });

  after(() => {
    sheet = new CueSheet();
  });

  test('loads only well-formed cue lines', async () => {
    const count = await new CueSheet().load(Readable.from([ACT_ONE]));
    assert.equal(count, 4);
  });

  test('finds the cue showing at a given time', () => {
    assert.equal(sheet.at(47_000)?.id, 'Q2');
    assert.equal(sheet.at(51_000)?.text, 'The chapel key... at the feet of the Madonna.');
  });

  test('shows nothing between cues', () => {
    assert.equal(sheet.at(60_000), undefined);
  });

  test('accepts CRLF line endings from the surtitle desk', async () => {
    const crlf = new CueSheet();
    await crlf.load(Readable.from([ACT_ONE.replaceAll('\n', '\r\n')]));
    assert.equal(crlf.at(72_000)?.id, 'Q3');
  });
});
