import { formatReport, runOracle } from '../bench/oracle/run.mjs';

// The runtime oracle on a fixed seed: 200 generated programs, each executed under three schedules
// and linted with configs.recommended. Every program that really left a rejection unhandled, hung,
// or swallowed an abort must be flagged by some rule inside the unit responsible for it.
describe('runtime oracle (seed 1, 200 programs)', () => {
  it('flags every program that failed at run time, at the responsible unit', { timeout: 300_000 }, async () => {
    const report = await runOracle({ count: 200, seed: 1, schedules: 3 });
    const table = formatReport(report);
    expect(report.unattributed, table).toEqual([]);
    expect(report.failingPrograms, table).toBeGreaterThan(50);
    for (const kind of ['unhandled', 'hang', 'abort'] as const) {
      expect(report.recall[kind].failing, `${kind}\n${table}`).toBeGreaterThan(0);
      expect(report.recall[kind].flagged, `${kind}\n${table}`).toBe(report.recall[kind].failing);
    }
  });
});
