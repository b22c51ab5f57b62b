// expect: no-multiple-settle
// parseCureReport can throw inside the 'cured' listener before resolve is reached, and since nothing rejects on that path the waitForCure promise is left pending forever.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface CureReport {
  trayId: string;
  pigmentBleed: number;
  sizeViscosity: number;
  pattern: string;
}

function parseCureReport(payload: string): CureReport {
  const data = JSON.parse(payload) as Partial<CureReport>;
  if (typeof data.trayId !== 'string' || typeof data.pigmentBleed !== 'number') {
    throw new TypeError(`malformed cure report: ${payload.slice(0, 40)}`);
  }
  if (data.pigmentBleed < 0 || data.pigmentBleed > 1) {
    throw new RangeError(`bleed ratio out of range for tray ${data.trayId}`);
  }
  return {
    trayId: data.trayId,
    pigmentBleed: data.pigmentBleed,
    sizeViscosity: data.sizeViscosity ?? 0,
    pattern: data.pattern ?? 'unknown',
  };
}

class DryingRack extends EventEmitter {
  report(payload: string): void {
    this.emit('cured', payload);
  }
}

function waitForCure(rack: DryingRack, trayId: string): Promise<CureReport> {
  return new Promise((resolve) => {
    const onCured = (payload: string) => {
      const report = parseCureReport(payload);
      if (report.trayId !== trayId) return;
      rack.off('cured', onCured);
      resolve(report);
    };
    rack.on('cured', onCured);
  });
}

describe('waitForCure', () => {
  let rack: DryingRack;

  before(() => {
    rack = new DryingRack();
  });

  after(() => {
    rack.removeAllListeners();
  });

  test('resolves with the report for the awaited tray', async () => {
    const pending = waitForCure(rack, 'tray-7');
    rack.report(JSON.stringify({ trayId: 'tray-7', pigmentBleed: 0.12, sizeViscosity: 42, pattern: 'nonpareil' }));
    const report = await pending;
    assert.equal(report.pattern, 'nonpareil');
    assert.equal(report.pigmentBleed, 0.12);
  });

  test('ignores reports for other trays', async () => {
    const pending = waitForCure(rack, 'tray-9');
    rack.report(JSON.stringify({ trayId: 'tray-2', pigmentBleed: 0.3, pattern: 'stone' }));
    rack.report(JSON.stringify({ trayId: 'tray-9', pigmentBleed: 0.05, pattern: 'bouquet' }));
    const report = await pending;
    assert.equal(report.trayId, 'tray-9');
    assert.equal(rack.listenerCount('cured'), 0);
  });

  test('defaults missing viscosity to zero', async () => {
    const pending = waitForCure(rack, 'tray-4');
    rack.report(JSON.stringify({ trayId: 'tray-4', pigmentBleed: 0.2 }));
    const report = await pending;
    assert.deepEqual(report, { trayId: 'tray-4', pigmentBleed: 0.2, sizeViscosity: 0, pattern: 'unknown' });
  });
});
