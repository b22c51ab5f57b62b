// expect: no-leaked-race
// withTimeout() races each crossmatch against a setTimeout rejection that is never cleared, so every passing test leaves a live 10 s timer behind.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type Abo = 'A' | 'B' | 'AB' | 'O';

interface CrossmatchResult {
  unitId: string;
  patientMrn: string;
  compatible: boolean;
  method: 'electronic' | 'serological';
}

interface UnitRecord {
  unitId: string;
  abo: Abo;
  rhPositive: boolean;
  antibodyScreenPositive: boolean;
}

const COMPATIBLE_DONORS: Record<Abo, Abo[]> = { O: ['O'], A: ['A', 'O'], B: ['B', 'O'], AB: ['AB', 'A', 'B', 'O'] };

class FakeAnalyser {
  latencyMs = 5;
  readonly units = new Map<string, UnitRecord>();

  async crossmatch(unitId: string, patientMrn: string, patientAbo: Abo, patientRhPositive: boolean): Promise<CrossmatchResult> {
    await new Promise<void>((resolve) => setTimeout(resolve, this.latencyMs));
    const unit = this.units.get(unitId);
    if (!unit) throw new Error(`unit ${unitId} not on analyser`);
    const aboOk = COMPATIBLE_DONORS[patientAbo].includes(unit.abo);
    const rhOk = patientRhPositive || !unit.rhPositive;
    return {
      unitId,
      patientMrn,
      compatible: aboOk && rhOk && !unit.antibodyScreenPositive,
      method: unit.antibodyScreenPositive ? 'serological' : 'electronic',
    };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
  });
  return Promise.race([work, timeout]);
}

describe('blood bank crossmatch', () => {
  let analyser: FakeAnalyser;

  beforeEach(() => {
    analyser = new FakeAnalyser();
    analyser.units.set('W0001', { unitId: 'W0001', abo: 'O', rhPositive: false, antibodyScreenPositive: false });
    analyser.units.set('W0002', { unitId: 'W0002', abo: 'A', rhPositive: true, antibodyScreenPositive: false });
    analyser.units.set('W0003', { unitId: 'W0003', abo: 'B', rhPositive: false, antibodyScreenPositive: true });
  });

  it('O negative is compatible with an AB positive patient', async () => {
    const result = await withTimeout(analyser.crossmatch('W0001', 'MRN-1', 'AB', true), 10_000, 'crossmatch');
    assert.equal(result.compatible, true);
    assert.equal(result.method, 'electronic');
  });

  it('A positive is refused for an O negative patient', async () => {
    const result = await withTimeout(analyser.crossmatch('W0002', 'MRN-2', 'O', false), 10_000, 'crossmatch');
    assert.equal(result.compatible, false);
  });

  it('a positive antibody screen forces a serological crossmatch', async () => {
    const result = await withTimeout(analyser.crossmatch('W0003', 'MRN-3', 'B', false), 10_000, 'crossmatch');
    assert.equal(result.method, 'serological');
    assert.equal(result.compatible, false);
  });

  it('reports a slow analyser as a timeout', async () => {
    analyser.latencyMs = 200;
    await assert.rejects(withTimeout(analyser.crossmatch('W0001', 'MRN-4', 'A', true), 20, 'crossmatch'), /timed out after 20ms/);
  });
});
