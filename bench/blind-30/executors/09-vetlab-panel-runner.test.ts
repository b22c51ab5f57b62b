// expect: none
// The analyzer callback fires exactly once and the error branch returns before resolve, so the executor settles once on every path.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface PanelValue {
  analyte: string;
  value: number;
  unit: string;
  refLow: number;
  refHigh: number;
}

type PanelCallback = (err: Error | null, values?: PanelValue[]) => void;

interface Analyzer {
  runPanel(sampleId: string, panel: string, cb: PanelCallback): void;
}

interface FlaggedPanel {
  sampleId: string;
  species: 'canine' | 'feline' | 'equine';
  values: Array<PanelValue & { flag: 'L' | 'H' | '' }>;
}

function runPanel(analyzer: Analyzer, sampleId: string, panel: string): Promise<PanelValue[]> {
  return new Promise((resolve, reject) => {
    analyzer.runPanel(sampleId, panel, (err, values) => {
      if (err) {
        return reject(new Error(`panel ${panel} failed for ${sampleId}`, { cause: err }));
      }
      if (!values || values.length === 0) {
        return reject(new Error(`panel ${panel} returned no analytes for ${sampleId}`));
      }
      resolve(values);
    });
  });
}

async function flaggedChemistry(analyzer: Analyzer, sampleId: string, species: FlaggedPanel['species']): Promise<FlaggedPanel> {
  const values = await runPanel(analyzer, sampleId, `chem-${species}`);
  return {
    sampleId,
    species,
    values: values.map((v) => ({ ...v, flag: v.value < v.refLow ? 'L' : v.value > v.refHigh ? 'H' : '' })),
  };
}

class FakeAnalyzer implements Analyzer {
  calls: string[] = [];
  nextError: Error | null = null;
  nextValues: PanelValue[] = [];

  runPanel(sampleId: string, panel: string, cb: PanelCallback): void {
    this.calls.push(`${panel}:${sampleId}`);
    const err = this.nextError;
    const values = this.nextValues;
    setImmediate(() => (err ? cb(err) : cb(null, values)));
  }
}

describe('chemistry panel runner', () => {
  let analyzer: FakeAnalyzer;

  beforeEach(() => {
    analyzer = new FakeAnalyzer();
  });

  it('flags values outside the canine reference range', async () => {
    analyzer.nextValues = [
      { analyte: 'ALT', value: 212, unit: 'U/L', refLow: 10, refHigh: 125 },
      { analyte: 'BUN', value: 18, unit: 'mg/dL', refLow: 7, refHigh: 27 },
      { analyte: 'GLU', value: 61, unit: 'mg/dL', refLow: 70, refHigh: 143 },
    ];
    const result = await flaggedChemistry(analyzer, 'S-2291', 'canine');
    assert.deepEqual(result.values.map((v) => v.flag), ['H', '', 'L']);
    assert.deepEqual(analyzer.calls, ['chem-canine:S-2291']);
  });

  it('wraps analyzer faults with the sample id', async () => {
    analyzer.nextError = new Error('cuvette jam');
    await assert.rejects(flaggedChemistry(analyzer, 'S-3010', 'feline'), /chem-feline failed for S-3010/);
  });

  it('rejects an empty result rather than reporting a clean panel', async () => {
    analyzer.nextValues = [];
    await assert.rejects(runPanel(analyzer, 'S-4100', 'chem-equine'), /no analytes/);
  });
});
