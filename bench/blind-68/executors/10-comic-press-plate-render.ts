// expect: none
// Correct: onProgress fires many times but only reports; the single onDone callback settles once through an if/else.
export interface PlateJob {
  issue: string;
  page: number;
  separation: 'cyan' | 'magenta' | 'yellow' | 'key';
  dpi: number;
}

export interface PlateImage {
  job: PlateJob;
  tiffPath: string;
  inkCoveragePct: number;
}

interface RenderCallbacks {
  onProgress(fraction: number): void;
  onDone(err: Error | null, image?: PlateImage): void;
}

declare const ripEngine: {
  render(job: PlateJob, callbacks: RenderCallbacks): void;
};

declare const pressBoard: {
  setPlateProgress(key: string, fraction: number): void;
  clearPlate(key: string): void;
};

const MAX_COVERAGE: Record<PlateJob['separation'], number> = {
  cyan: 85,
  magenta: 85,
  yellow: 80,
  key: 95,
};

function plateKey(job: PlateJob): string {
  return `${job.issue}/p${String(job.page).padStart(3, '0')}/${job.separation}`;
}

export function renderPlate(job: PlateJob): Promise<PlateImage> {
  const key = plateKey(job);
  return new Promise<PlateImage>((resolve, reject) => {
    ripEngine.render(job, {
      onProgress(fraction) {
        pressBoard.setPlateProgress(key, Math.min(1, Math.max(0, fraction)));
      },
      onDone(err, image) {
        pressBoard.clearPlate(key);
        if (err) {
          reject(new Error(`RIP failed for ${key}`, { cause: err }));
        } else if (!image) {
          reject(new Error(`RIP returned no image for ${key}`));
        } else {
          resolve(image);
        }
      },
    });
  });
}

export interface PageProof {
  issue: string;
  page: number;
  plates: PlateImage[];
  totalInkPct: number;
  overInked: PlateJob['separation'][];
}

export async function proofPage(issue: string, page: number, dpi = 2400): Promise<PageProof> {
  const separations: PlateJob['separation'][] = ['cyan', 'magenta', 'yellow', 'key'];
  const plates = await Promise.all(separations.map((separation) => renderPlate({ issue, page, separation, dpi })));
  const overInked = plates
    .filter((p) => p.inkCoveragePct > MAX_COVERAGE[p.job.separation])
    .map((p) => p.job.separation);
  const totalInkPct = plates.reduce((sum, p) => sum + p.inkCoveragePct, 0);
  return { issue, page, plates, totalInkPct, overInked };
}
