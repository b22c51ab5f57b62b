// expect: no-multiple-settle
// collectShifts uses an async executor whose fixture read can reject before any listener is attached, leaving the returned promise pending.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';

interface Shift {
  tramId: string;
  driverId: string;
  depot: 'north' | 'harbour' | 'university';
  pullOut: string;
  pullIn: string;
}

declare const fixturesDir: string;

class RosterParser extends EventEmitter {
  private lineNo = 0;

  feed(text: string): void {
    setImmediate(() => {
      try {
        for (const raw of text.split('\n')) {
          this.lineNo += 1;
          const line = raw.trim();
          if (!line || line.startsWith('#')) continue;
          const [tramId, driverId, depot, pullOut, pullIn] = line.split(';');
          if (!['north', 'harbour', 'university'].includes(depot)) {
            throw new Error(`line ${this.lineNo}: unknown depot ${depot}`);
          }
          this.emit('shift', { tramId, driverId, depot, pullOut, pullIn } as Shift);
        }
        this.emit('done');
      } catch (err) {
        this.emit('error', err);
      }
    });
  }
}

function collectShifts(parser: RosterParser, fixture: string): Promise<Shift[]> {
  return new Promise<Shift[]>(async (resolve, reject) => {
    const text = await readFile(join(fixturesDir, fixture), 'utf8');
    const shifts: Shift[] = [];
    parser.on('shift', (s: Shift) => shifts.push(s));
    parser.once('done', () => resolve(shifts));
    parser.once('error', reject);
    parser.feed(text);
  });
}

function overlaps(a: Shift, b: Shift): boolean {
  return a.tramId === b.tramId && a.pullOut < b.pullIn && b.pullOut < a.pullIn;
}

describe('tram depot roster', () => {
  let parser: RosterParser;

  beforeEach(() => {
    parser = new RosterParser();
  });

  it('reads every shift from the weekday roster', async () => {
    const shifts = await collectShifts(parser, 'weekday-roster.csv');
    assert.equal(shifts.length, 42);
    assert.deepEqual(new Set(shifts.map((s) => s.depot)), new Set(['north', 'harbour', 'university']));
  });

  it('never books the same tram on overlapping shifts', async () => {
    const shifts = await collectShifts(parser, 'weekday-roster.csv');
    const clashes = shifts.flatMap((a, i) => shifts.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => [a, b]));
    assert.deepEqual(clashes, []);
  });

  it('keeps harbour pull-outs after the 05:10 depot opening', async () => {
    const shifts = await collectShifts(parser, 'weekday-roster.csv');
    const early = shifts.filter((s) => s.depot === 'harbour' && s.pullOut < '05:10');
    assert.equal(early.length, 0);
  });

  it('rejects a roster with an unknown depot', async () => {
    await assert.rejects(collectShifts(parser, 'bad-depot-roster.csv'), /unknown depot/);
  });
});
