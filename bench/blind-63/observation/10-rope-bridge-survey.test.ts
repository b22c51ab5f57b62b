// expect: none
// Survey uploads are collected into an array and awaited with Promise.all; the rejection case is awaited through expect().rejects.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface PlankSurvey {
  bridgeId: string;
  plankIndex: number;
  rot: 'none' | 'surface' | 'deep';
  lashingOk: boolean;
}

interface SurveyStore {
  upload(survey: PlankSurvey): Promise<string>;
}

declare function surveyBridge(bridgeId: string, planks: number, store: SurveyStore): Promise<{ uploaded: string[]; condemned: number[] }>;

function planks(bridgeId: string, rotAt: number[]): PlankSurvey[] {
  return Array.from({ length: 12 }, (_, i) => ({
    bridgeId,
    plankIndex: i,
    rot: rotAt.includes(i) ? 'deep' : 'none',
    lashingOk: true,
  }));
}

describe('rope bridge plank survey', () => {
  let uploaded: PlankSurvey[];
  let store: SurveyStore;

  beforeEach(() => {
    uploaded = [];
    store = {
      upload: vi.fn(async (survey: PlankSurvey) => {
        uploaded.push(survey);
        return `${survey.bridgeId}/${survey.plankIndex}`;
      }),
    };
  });

  it('uploads each plank record from a parallel batch', async () => {
    const batch: Array<Promise<string>> = [];
    for (const survey of planks('canopy-3', [])) {
      batch.push(store.upload(survey));
    }
    const ids = await Promise.all(batch);
    expect(ids.length).toBe(12);
    expect(uploaded.map((s) => s.plankIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('condemns planks with deep rot', async () => {
    const result = await surveyBridge('canopy-3', 12, store);
    expect(result.uploaded.length).toBe(12);
    expect(Array.isArray(result.condemned)).toBe(true);
  });

  it('fails the survey when the store is unreachable', async () => {
    const offline: SurveyStore = {
      upload: async () => {
        throw new Error('survey store unreachable');
      },
    };
    await expect(surveyBridge('canopy-3', 12, offline)).rejects.toThrow('unreachable');
  });
});
