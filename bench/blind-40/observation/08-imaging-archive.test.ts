// expect: no-floating-promises
// afterEach calls the async archive.purgeScratch() as a bare statement without awaiting or returning it, so cleanup races the next test and its errors are lost.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const afterEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface IntraoralStudy {
  studyId: string;
  patientId: string;
  teeth: number[];
  sensor: 'size-1' | 'size-2';
  bytes: number;
}

class ImagingArchive {
  private readonly scratch = new Map<string, IntraoralStudy>();
  private readonly committed = new Map<string, IntraoralStudy>();

  async ingest(study: IntraoralStudy): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
    if (study.teeth.some((t) => t < 11 || t > 48)) {
      throw new Error(`study ${study.studyId}: invalid FDI tooth number`);
    }
    this.scratch.set(study.studyId, study);
  }

  async commit(studyId: string): Promise<void> {
    const study = this.scratch.get(studyId);
    if (!study) throw new Error(`study ${studyId} not in scratch`);
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
    this.scratch.delete(studyId);
    this.committed.set(studyId, study);
  }

  async purgeScratch(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
    this.scratch.clear();
  }

  scratchCount(): number {
    return this.scratch.size;
  }

  committedFor(patientId: string): IntraoralStudy[] {
    return [...this.committed.values()].filter((s) => s.patientId === patientId);
  }
}

// one archive per worker, like the on-disk scratch directory it stands in for
const archive = new ImagingArchive();

function bitewing(studyId: string, patientId: string, teeth: number[]): IntraoralStudy {
  return { studyId, patientId, teeth, sensor: 'size-2', bytes: 2_400_000 };
}

describe('dental imaging archive', () => {
  beforeEach(async () => {
    await archive.ingest(bitewing('BW-1001', 'P-77', [16, 17, 46, 47]));
  });

  afterEach(() => {
    archive.purgeScratch();
  });

  it('keeps ingested studies in scratch until committed', () => {
    expect(archive.scratchCount()).toBe(1);
    expect(archive.committedFor('P-77')).toHaveLength(0);
  });

  it('moves a committed study out of scratch', async () => {
    await archive.commit('BW-1001');
    expect(archive.scratchCount()).toBe(0);
    expect(archive.committedFor('P-77').map((s) => s.studyId)).toEqual(['BW-1001']);
  });

  it('rejects studies with impossible tooth numbers', async () => {
    await expect(archive.ingest(bitewing('BW-1002', 'P-78', [16, 59]))).rejects.toThrow(/FDI/);
    expect(archive.scratchCount()).toBe(1);
  });

  it('refuses to commit an unknown study', async () => {
    await expect(archive.commit('BW-9999')).rejects.toThrow(/not in scratch/);
  });
});
