import { describe, expect, it } from 'vitest';

import { childHeapMiB, estimatedProjectMiB, lintsInProcess, mayReuse, planWorkers } from '../src/cli/pool.js';

const projects = (...sizes: number[]) =>
  sizes.map((files, index) => ({
    tsconfig: `/p${index}/tsconfig.json`,
    files: Array.from({ length: files }, (_, n) => `/p${index}/${n}.ts`),
  }));

describe('--concurrency', () => {
  it('lints one project in one process, whatever is asked', () => {
    expect(planWorkers(4, projects(300))).toEqual({ workers: 1 });
    expect(planWorkers('auto', projects(300), { cores: 8, availableMiB: 64_000 })).toEqual({ workers: 1 });
  });

  it('a large project alone goes to a child whose heap is sized to the machine; a small one stays in this process', () => {
    const machine = { flags: [], availableMiB: 20_000, ownHeapMiB: 4_096 };
    expect(childHeapMiB(1, machine)).toBe(15_000);
    expect(childHeapMiB(2, machine)).toBe(7_500);
    expect(lintsInProcess(projects(150), 15_000)).toBe(true);
    expect(lintsInProcess(projects(151), 15_000)).toBe(false);
    expect(lintsInProcess(projects(10, 10), 15_000)).toBe(false);
  });

  it('keeps the heap the user set, and stays in this process when a child would get no more', () => {
    expect(childHeapMiB(1, { flags: ['--max-old-space-size=8192'], availableMiB: 20_000, ownHeapMiB: 8_192 })).toBeUndefined();
    expect(
      childHeapMiB(1, { flags: ['--enable-source-maps', '--max_old_space_size=2048'], availableMiB: 20_000, ownHeapMiB: 2_048 }),
    ).toBeUndefined();
    expect(childHeapMiB(1, { flags: [], availableMiB: 4_000, ownHeapMiB: 4_096 })).toBeUndefined();
    expect(lintsInProcess(projects(400), undefined)).toBe(true);
  });

  it('takes a number as given, up to the number of projects', () => {
    expect(planWorkers(2, projects(10, 10, 10))).toEqual({ workers: 2 });
    expect(planWorkers(8, projects(10, 10, 10))).toEqual({ workers: 3 });
  });

  it('auto: one process per core, as many as three quarters of the free memory hold of the largest project, at least one; each with its share', () => {
    const four = projects(300, 300, 40, 40);
    const largest = estimatedProjectMiB(300);
    expect(planWorkers('auto', four, { cores: 2, availableMiB: 64_000 })).toEqual({ workers: 2, memoryPerWorkerMiB: 24_000 });
    expect(planWorkers('auto', four, { cores: 16, availableMiB: 64_000 })).toEqual({ workers: 4, memoryPerWorkerMiB: 12_000 });
    expect(planWorkers('auto', four, { cores: 4, availableMiB: (4 * 3 * largest) / 3 + 4 }).workers).toBe(3);
    expect(planWorkers('auto', four, { cores: 4, availableMiB: largest })).toEqual({
      workers: 1,
      memoryPerWorkerMiB: Math.floor(0.75 * largest),
    });
  });

  it('estimates more memory for larger projects (0.8 GiB measured for 300 files, 1.7 GiB for 1,200)', () => {
    expect(estimatedProjectMiB(300)).toBeGreaterThan(800);
    expect(estimatedProjectMiB(1200)).toBeGreaterThan(1700);
    expect(estimatedProjectMiB(40)).toBeLessThan(estimatedProjectMiB(300));
  });
});

describe('reusing a child process for the next project', () => {
  it('after its first project, expects 0.7× of what that project took, against 1.5× the largest peak', () => {
    // A 300-file project: 860 MiB, from 150 at start. Another one could reach 860 + 497 > 1.5 × 860.
    expect(mayReuse({ startRss: 150, firstPeak: 860, peak: 860 }, { largestPeak: 860 })).toBe(false);
    // A 40-file project: 330 MiB. Another one could reach 330 + 126 = 456 <= 495.
    expect(mayReuse({ startRss: 150, firstPeak: 330, peak: 330 }, { largestPeak: 330 })).toBe(true);
    // Next to a large project linted elsewhere, small ones share a child longer.
    expect(mayReuse({ startRss: 150, firstPeak: 330, peak: 600, growth: 20 }, { largestPeak: 860 })).toBe(true);
  });

  it('counts what the CLI process itself holds beside the child', () => {
    // 456 MiB expected; 1.5 × 330 = 495, less the 150 the CLI holds: 345.
    expect(mayReuse({ startRss: 150, firstPeak: 330, peak: 330 }, { largestPeak: 330, besideMiB: 150 })).toBe(false);
    expect(mayReuse({ startRss: 150, firstPeak: 330, peak: 600, growth: 20 }, { largestPeak: 860, besideMiB: 150 })).toBe(true);
  });

  it('within the memory auto gives it, whatever the largest peak', () => {
    expect(mayReuse({ startRss: 150, firstPeak: 860, peak: 1700, growth: 380 }, { largestPeak: 860, memoryPerWorkerMiB: 12_000 })).toBe(
      true,
    );
    expect(mayReuse({ startRss: 150, firstPeak: 860, peak: 1700, growth: 380 }, { largestPeak: 860, memoryPerWorkerMiB: 2000 })).toBe(
      false,
    );
  });

  it('then expects what its last project added', () => {
    expect(mayReuse({ startRss: 150, firstPeak: 330, peak: 444, growth: 112 }, { largestPeak: 330 })).toBe(false);
    expect(mayReuse({ startRss: 150, firstPeak: 330, peak: 444, growth: 40 }, { largestPeak: 330 })).toBe(true);
  });
});
