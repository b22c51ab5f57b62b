// expect: none
// The expected and actual ringing orders are awaited before the === and ?? comparisons, so the checks compare real rows rather than promises.
export interface StrikeRecord {
  bell: number;
  atMs: number;
}

export interface TowerSensors {
  recordRow(towerId: string, rowIndex: number): Promise<StrikeRecord[]>;
}

export interface CompositionLibrary {
  expectedRow(compositionId: string, rowIndex: number): Promise<string | undefined>;
  conductor(compositionId: string): Promise<string | null>;
}

export interface RowCheck {
  rowIndex: number;
  expected: string;
  actual: string;
  clean: boolean;
  oddStruckGapMs: number;
}

function rowString(strikes: readonly StrikeRecord[]): string {
  return [...strikes]
    .sort((a, b) => a.atMs - b.atMs)
    .map((s) => (s.bell === 10 ? '0' : s.bell === 11 ? 'E' : s.bell === 12 ? 'T' : String(s.bell)))
    .join('');
}

function widestGap(strikes: readonly StrikeRecord[]): number {
  const times = strikes.map((s) => s.atMs).sort((a, b) => a - b);
  let widest = 0;
  for (let i = 1; i < times.length; i++) widest = Math.max(widest, times[i]! - times[i - 1]!);
  return widest;
}

export class StrikingChecker {
  constructor(private readonly sensors: TowerSensors, private readonly library: CompositionLibrary) {}

  async checkRow(towerId: string, compositionId: string, rowIndex: number): Promise<RowCheck> {
    const [strikes, expectedRow] = await Promise.all([
      this.sensors.recordRow(towerId, rowIndex),
      this.library.expectedRow(compositionId, rowIndex),
    ]);
    const expected = expectedRow ?? 'rounds';
    const actual = rowString(strikes);
    return {
      rowIndex,
      expected,
      actual,
      clean: expected === 'rounds' ? /^1234/.test(actual) : actual === expected,
      oddStruckGapMs: widestGap(strikes),
    };
  }

  async summary(towerId: string, compositionId: string, rows: number): Promise<string> {
    const conductor = (await this.library.conductor(compositionId)) ?? 'no conductor';
    let clean = 0;
    for (let i = 0; i < rows; i++) {
      const check = await this.checkRow(towerId, compositionId, i);
      if (check.clean) clean++;
    }
    return `${compositionId} conducted by ${conductor}: ${clean}/${rows} rows clean`;
  }
}
