// expect: none
// Each test awaits the run through its expect assertion with no other await in between, and aborts are asserted to surface as AbortError.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  resolves: { toMatchObject(expected: object): Promise<void> };
  rejects: { toMatchObject(expected: object): Promise<void>; toThrow(expected?: string | RegExp): Promise<void> };
};

interface InspectionStep {
  storey: number;
  joints: number;
  looseLashings: number;
}

interface InspectionRun {
  towerId: string;
  steps: InspectionStep[];
  verdict: 'pass' | 'fail';
}

interface FakeInspector {
  climbDelayMs: number;
  failAtStorey?: number;
  visited: number[];
}

declare function createFakeInspector(storeys: number): FakeInspector;
declare function runInspection(
  towerId: string,
  inspector: FakeInspector,
  options: { signal?: AbortSignal },
): Promise<InspectionRun>;

describe('bamboo scaffold inspection cancellation', () => {
  let inspector: FakeInspector;

  beforeEach(() => {
    inspector = createFakeInspector(12);
    inspector.climbDelayMs = 5;
  });

  it('completes when nobody aborts', async () => {
    await expect(runInspection('T-7', inspector, {})).resolves.toMatchObject({ towerId: 'T-7', verdict: 'pass' });
    expect(inspector.visited.length).toBe(12);
  });

  it('rejects immediately with AbortError for an already aborted signal', async () => {
    const signal = AbortSignal.abort();
    await expect(runInspection('T-7', inspector, { signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(inspector.visited).toEqual([]);
  });

  it('stops climbing when aborted mid-inspection', async () => {
    const controller = new AbortController();
    inspector.climbDelayMs = 20;
    const run = runInspection('T-9', inspector, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(inspector.visited.length < 12).toBe(true);
  });

  it('keeps the abort reason when one is given', async () => {
    const controller = new AbortController();
    const reason = new Error('site evacuated: typhoon signal 8');
    controller.abort(reason);
    await expect(runInspection('T-9', inspector, { signal: controller.signal })).rejects.toThrow(/typhoon/);
  });

  it('reports structural failures as failures, not aborts', async () => {
    inspector.failAtStorey = 4;
    await expect(runInspection('T-3', inspector, {})).rejects.toMatchObject({ name: 'InspectionFailedError' });
  });
});
