// expect: no-multiple-settle
// readMetrics() clears its stall timer on stream errors but not when the stream ends, so after a successful parse the timer still fires, destroys the stream and calls reject on the settled promise.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';

interface FontMetrics {
  unitsPerEm: number;
  ascender: number;
  descender: number;
  capHeight: number;
  xHeight: number;
}

function parseMetrics(text: string): FontMetrics {
  const fields = new Map<string, number>();
  for (const raw of text.split(/\r?\n/)) {
    const [key, value] = raw.trim().split(/\s+/, 2);
    if (key && value !== undefined && !Number.isNaN(Number(value))) fields.set(key, Number(value));
  }
  const unitsPerEm = fields.get('UnitsPerEm');
  if (unitsPerEm === undefined) throw new Error('metrics file has no UnitsPerEm');
  return {
    unitsPerEm,
    ascender: fields.get('Ascender') ?? Math.round(unitsPerEm * 0.8),
    descender: fields.get('Descender') ?? -Math.round(unitsPerEm * 0.2),
    capHeight: fields.get('CapHeight') ?? Math.round(unitsPerEm * 0.7),
    xHeight: fields.get('XHeight') ?? Math.round(unitsPerEm * 0.5),
  };
}

function readMetrics(source: Readable, timeoutMs: number): Promise<FontMetrics> {
  return new Promise<FontMetrics>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      source.destroy();
      reject(new Error(`metrics stream stalled after ${timeoutMs}ms`));
    }, timeoutMs);
    source.on('data', (chunk: Buffer | string) => {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    });
    source.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    source.on('end', () => {
      try {
        resolve(parseMetrics(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        reject(err);
      }
    });
  });
}

describe('readMetrics', () => {
  let sample: string;

  before(() => {
    sample = ['FontName Foundry-Grotesk-Regular', 'UnitsPerEm 1000', 'Ascender 760', 'Descender -240', 'CapHeight 700'].join('\n');
  });

  after(() => {
    sample = '';
  });

  test('parses metrics from a complete stream', async () => {
    const metrics = await readMetrics(Readable.from([sample.slice(0, 20), sample.slice(20)]), 50);
    assert.deepEqual(metrics, { unitsPerEm: 1000, ascender: 760, descender: -240, capHeight: 700, xHeight: 500 });
  });

  test('rejects files without UnitsPerEm', async () => {
    await assert.rejects(readMetrics(Readable.from(['Ascender 800\n']), 50), /no UnitsPerEm/);
  });

  test('rejects when the stream stalls', async () => {
    const stalled = new PassThrough();
    stalled.write('UnitsPerEm 2048\n');
    await assert.rejects(readMetrics(stalled, 20), /stalled after 20ms/);
    assert.equal(stalled.destroyed, true);
  });

  test('propagates stream errors', async () => {
    const broken = new PassThrough();
    const pending = readMetrics(broken, 1000);
    broken.destroy(new Error('EIO reading glyph cache'));
    await assert.rejects(pending, /EIO/);
  });
});
