// expect: none
// The nextResult waiter listens for both 'result' and 'error', clears its timeout and detaches every listener in one settle path, so each outcome (result, analyzer fault, timeout) settles the promise once.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface BloodPanel {
  sampleId: string;
  patient: string; // "Duchess (Asian elephant)"
  hematocritPct: number;
  wbcPerUl: number;
}

class LabAnalyzer extends EventEmitter {
  private readonly queue: string[] = [];
  private busy: NodeJS.Timeout | null = null;

  submit(sampleId: string, patient: string): void {
    this.queue.push(sampleId);
    if (!this.busy) this.runNext(patient);
  }

  private runNext(patient: string): void {
    const sampleId = this.queue.shift();
    if (!sampleId) return;
    this.busy = setTimeout(() => {
      this.busy = null;
      if (sampleId.endsWith('-clot')) {
        this.emit('error', new Error(`sample ${sampleId} clotted in the cuvette`));
      } else {
        this.emit('result', { sampleId, patient, hematocritPct: 38, wbcPerUl: 9_400 } satisfies BloodPanel);
      }
      this.runNext(patient);
    }, 4_000);
  }

  shutdown(): void {
    if (this.busy) clearTimeout(this.busy);
    this.busy = null;
    this.queue.length = 0;
  }
}

function nextResult(analyzer: LabAnalyzer, sampleId: string, timeoutMs: number): Promise<BloodPanel> {
  return new Promise<BloodPanel>((resolve, reject) => {
    const settle = (err: Error | null, panel?: BloodPanel) => {
      clearTimeout(timer);
      analyzer.off('result', onResult);
      analyzer.off('error', onError);
      if (err) reject(err);
      else resolve(panel!);
    };
    const onResult = (panel: BloodPanel) => {
      if (panel.sampleId === sampleId) settle(null, panel);
    };
    const onError = (err: Error) => settle(err);
    const timer = setTimeout(() => settle(new Error(`no result for ${sampleId}`)), timeoutMs);
    analyzer.on('result', onResult);
    analyzer.on('error', onError);
  });
}

describe('LabAnalyzer', () => {
  let analyzer: LabAnalyzer;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    analyzer = new LabAnalyzer();
  });

  afterEach(() => {
    analyzer.shutdown();
    mock.timers.reset();
  });

  it('reports a panel after the four second cycle', async () => {
    const panel = nextResult(analyzer, 'S-881', 10_000);
    analyzer.submit('S-881', 'Duchess (Asian elephant)');
    mock.timers.tick(4_000);
    const result = await panel;
    assert.equal(result.patient, 'Duchess (Asian elephant)');
    assert.ok(result.hematocritPct > 30);
  });

  it('surfaces a clotted sample as an error', async () => {
    const panel = nextResult(analyzer, 'S-882-clot', 10_000);
    analyzer.submit('S-882-clot', 'Rajah (Bengal tiger)');
    mock.timers.tick(4_000);
    await assert.rejects(panel, /clotted/);
  });

  it('times out when the analyzer is idle', async () => {
    const panel = nextResult(analyzer, 'S-999', 10_000);
    mock.timers.tick(10_000);
    await assert.rejects(panel, /no result for S-999/);
  });
});
