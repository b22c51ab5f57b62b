// expect: none
// The tests start candleTray() and hand the promise straight to assert.rejects or await it with only synchronous code in between, and the code under test checks allSettled statuses.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

export type CandleVerdict = 'fertile' | 'clear' | 'blood-ring' | 'cracked';

export interface Egg {
  eggId: string;
  trayId: string;
  dayOfIncubation: number;
}

export interface Candler {
  inspect(egg: Egg): Promise<CandleVerdict>;
}

export interface TrayReport {
  trayId: string;
  fertile: string[];
  removed: Array<{ eggId: string; verdict: Exclude<CandleVerdict, 'fertile'> }>;
  unreadable: string[];
}

export async function candleTray(trayId: string, eggs: readonly Egg[], candler: Candler): Promise<TrayReport> {
  if (eggs.some((egg) => egg.trayId !== trayId)) {
    throw new Error(`tray ${trayId} contains eggs from another tray`);
  }
  const results = await Promise.allSettled(eggs.map((egg) => candler.inspect(egg)));
  const report: TrayReport = { trayId, fertile: [], removed: [], unreadable: [] };
  results.forEach((result, i) => {
    const eggId = eggs[i].eggId;
    if (result.status === 'rejected') {
      report.unreadable.push(eggId);
    } else if (result.value === 'fertile') {
      report.fertile.push(eggId);
    } else {
      report.removed.push({ eggId, verdict: result.value });
    }
  });
  return report;
}

function tray(trayId: string, count: number, day = 7): Egg[] {
  return Array.from({ length: count }, (_, i) => ({ eggId: `${trayId}-${i + 1}`, trayId, dayOfIncubation: day }));
}

describe('candleTray', () => {
  let verdicts: Map<string, CandleVerdict | Error>;
  let candler: Candler;

  beforeEach(() => {
    verdicts = new Map();
    candler = {
      async inspect(egg) {
        const verdict = verdicts.get(egg.eggId) ?? 'fertile';
        if (verdict instanceof Error) throw verdict;
        return verdict;
      },
    };
  });

  it('sorts eggs into fertile and removed', async () => {
    verdicts.set('T1-2', 'clear');
    verdicts.set('T1-4', 'blood-ring');
    const report = await candleTray('T1', tray('T1', 4), candler);
    assert.deepEqual(report.fertile, ['T1-1', 'T1-3']);
    assert.deepEqual(report.removed, [
      { eggId: 'T1-2', verdict: 'clear' },
      { eggId: 'T1-4', verdict: 'blood-ring' },
    ]);
  });

  it('marks eggs the lamp could not read without failing the tray', async () => {
    verdicts.set('T2-3', new Error('lamp overheated'));
    const eggs = tray('T2', 3);
    const pending = candleTray('T2', eggs, candler);
    const readable = eggs.filter((egg) => !(verdicts.get(egg.eggId) instanceof Error)).length;
    const report = await pending;
    assert.deepEqual(report.unreadable, ['T2-3']);
    assert.equal(report.fertile.length, readable);
  });

  it('refuses a tray with mixed eggs', async () => {
    const eggs = [...tray('T3', 2), ...tray('T4', 1)];
    await assert.rejects(candleTray('T3', eggs, candler), /contains eggs from another tray/);
  });
});
