// expect: no-read-before-settle
// PermitLedger.load returns this.entries.length right after starting the readFile callback that fills this.entries, so it always reports 0 permits loaded.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { readFile } from 'node:fs';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface ForagingPermit {
  permitNo: string;
  holder: string;
  zone: string;
  kgLimit: number;
}

class PermitLedger extends EventEmitter {
  private entries: ForagingPermit[] = [];

  load(csvPath: string): { requested: string; count: number } {
    readFile(csvPath, 'utf8', (err, text) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      this.entries = text
        .split('\n')
        .slice(1)
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const [permitNo, holder, zone, kg] = line.split(',');
          return { permitNo, holder, zone, kgLimit: Number(kg) };
        });
      this.emit('loaded');
    });
    return { requested: csvPath, count: this.entries.length };
  }

  find(permitNo: string): ForagingPermit | undefined {
    return this.entries.find((p) => p.permitNo === permitNo);
  }

  inZone(zone: string): ForagingPermit[] {
    return this.entries.filter((p) => p.zone === zone);
  }
}

describe('PermitLedger', () => {
  let dir: string;
  let csv: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'permits-'));
    csv = join(dir, 'permits.csv');
    await writeFile(
      csv,
      [
        'permit,holder,zone,kg',
        'MF-001,Ada Lindqvist,north-ridge,2',
        'MF-002,Tomas Arce,cedar-hollow,1.5',
        'MF-003,Ngozi Eze,north-ridge,3',
      ].join('\n'),
    );
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('loads permits from the county export', async () => {
    const ledger = new PermitLedger();
    const loaded = once(ledger, 'loaded');
    const info = ledger.load(csv);
    assert.equal(info.requested, csv);
    await loaded;
    assert.deepEqual(ledger.find('MF-002'), {
      permitNo: 'MF-002',
      holder: 'Tomas Arce',
      zone: 'cedar-hollow',
      kgLimit: 1.5,
    });
  });

  test('filters permits by zone', async () => {
    const ledger = new PermitLedger();
    const loaded = once(ledger, 'loaded');
    ledger.load(csv);
    await loaded;
    assert.deepEqual(
      ledger.inZone('north-ridge').map((p) => p.permitNo),
      ['MF-001', 'MF-003'],
    );
  });

  test('emits error for a missing export', async () => {
    const ledger = new PermitLedger();
    const failed = once(ledger, 'error');
    ledger.load(join(dir, 'missing.csv'));
    const [err] = await failed;
    assert.equal((err as NodeJS.ErrnoException).code, 'ENOENT');
  });
});
