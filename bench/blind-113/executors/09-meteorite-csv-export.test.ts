// expect: none
// writeCatalogueCsv settles only from the stream's first 'finish' or 'error' and removes the opposite listener, and every call in the tests is awaited.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface MeteoriteEntry {
  name: string;
  classification: string; // e.g. L6, H5, "Iron, IIAB"
  massGrams: number;
  fall: 'Fell' | 'Found';
  year: number | null;
}

function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeCatalogueCsv(entries: MeteoriteEntry[], path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path, { encoding: 'utf8' });
    const onError = (err: Error) => {
      out.off('finish', onFinish);
      out.destroy();
      reject(err);
    };
    const onFinish = () => {
      out.off('error', onError);
      resolve(entries.length);
    };
    out.once('error', onError);
    out.once('finish', onFinish);
    out.write('name,recclass,mass_g,fall,year\n');
    for (const e of entries) {
      out.write([e.name, e.classification, e.massGrams, e.fall, e.year].map(csvField).join(',') + '\n');
    }
    out.end();
  });
}

describe('writeCatalogueCsv', () => {
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'metcat-'));
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('writes a header and one row per meteorite', async () => {
    const file = join(dir, 'falls.csv');
    const count = await writeCatalogueCsv(
      [
        { name: 'Allende', classification: 'CV3', massGrams: 2_000_000, fall: 'Fell', year: 1969 },
        { name: 'Sikhote-Alin', classification: 'Iron, IIAB', massGrams: 23_000_000, fall: 'Fell', year: 1947 },
      ],
      file,
    );
    assert.equal(count, 2);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    assert.deepEqual(lines, [
      'name,recclass,mass_g,fall,year',
      'Allende,CV3,2000000,Fell,1969',
      'Sikhote-Alin,"Iron, IIAB",23000000,Fell,1947',
    ]);
  });

  test('leaves the year blank for undated finds', async () => {
    const file = join(dir, 'finds.csv');
    await writeCatalogueCsv([{ name: 'NWA 7034', classification: 'Martian (basaltic breccia)', massGrams: 319.8, fall: 'Found', year: null }], file);
    const [, row] = (await readFile(file, 'utf8')).trim().split('\n');
    assert.equal(row, 'NWA 7034,Martian (basaltic breccia),319.8,Found,');
  });

  test('rejects when the target directory does not exist', async () => {
    await assert.rejects(writeCatalogueCsv([], join(dir, 'missing', 'x.csv')), { code: 'ENOENT' });
  });
});
