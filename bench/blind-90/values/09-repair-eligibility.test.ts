// expect: no-promise-as-value
// The first test asserts assert.ok(catalog.isRepairable(...)) on the returned promise, which is always truthy, so it passes even when the book is not repairable.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface BookCondition {
  barcode: string;
  textBlock: 'sound' | 'loose' | 'detached';
  paper: 'flexible' | 'brittle';
  value: 'general' | 'special-collections';
}

class MendingCatalog {
  constructor(private readonly dir: string) {}

  async record(cond: BookCondition): Promise<void> {
    await writeFile(path.join(this.dir, `${cond.barcode}.json`), JSON.stringify(cond));
  }

  async condition(barcode: string): Promise<BookCondition> {
    return JSON.parse(await readFile(path.join(this.dir, `${barcode}.json`), 'utf8')) as BookCondition;
  }

  async isRepairable(barcode: string): Promise<boolean> {
    const c = await this.condition(barcode);
    if (c.paper === 'brittle') return c.value === 'special-collections';
    return c.textBlock !== 'detached' || c.value === 'special-collections';
  }
}

describe('MendingCatalog', () => {
  let dir: string;
  let catalog: MendingCatalog;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'mending-'));
    catalog = new MendingCatalog(dir);
    await catalog.record({ barcode: '3901', textBlock: 'loose', paper: 'flexible', value: 'general' });
    await catalog.record({ barcode: '3902', textBlock: 'detached', paper: 'brittle', value: 'general' });
    await catalog.record({ barcode: '3903', textBlock: 'detached', paper: 'brittle', value: 'special-collections' });
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('treats a loose text block on flexible paper as repairable', () => {
    assert.ok(catalog.isRepairable('3901'));
  });

  it('withdraws brittle general-collection books', async () => {
    assert.equal(await catalog.isRepairable('3902'), false);
  });

  it('always repairs special collections', async () => {
    assert.equal(await catalog.isRepairable('3903'), true);
  });

  it('fails clearly for unknown barcodes', async () => {
    await assert.rejects(catalog.isRepairable('0000'), { code: 'ENOENT' });
  });
});
