// expect: none
// weighTray() returns after every reject, clears the timer when the scale answers, and ignores a late scale callback once the timeout has already rejected.
export interface SieveFraction {
  meshMm: number;
  grams: number;
}

export interface TrayReport {
  trayId: string;
  station: string;
  fractions: SieveFraction[];
  totalGrams: number;
  boneFragmentCount: number;
}

type ScaleCallback = (err: Error | null, grams?: number) => void;

declare const scale: {
  tare(trayId: string, cb: (err: Error | null) => void): void;
  read(trayId: string, cb: ScaleCallback): void;
};

declare const picker: {
  countFragments(trayId: string, meshMm: number): Promise<number>;
};

declare const fieldNotes: {
  save(report: TrayReport): Promise<void>;
};

const MESH_SIZES_MM = [8, 4, 2, 1, 0.5];
const SCALE_TIMEOUT_MS = 5_000;

function tare(trayId: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    scale.tare(trayId, (err) => {
      if (err) {
        reject(new Error(`could not tare tray ${trayId}`, { cause: err }));
        return;
      }
      resolve();
    });
  });
}

function weighTray(trayId: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      reject(new Error(`scale did not answer for tray ${trayId} within ${SCALE_TIMEOUT_MS} ms`));
    }, SCALE_TIMEOUT_MS);

    scale.read(trayId, (err, grams) => {
      if (timedOut) return;
      clearTimeout(timer);
      if (err) return reject(new Error(`scale error on tray ${trayId}`, { cause: err }));
      if (grams === undefined || !Number.isFinite(grams) || grams < 0) {
        return reject(new Error(`implausible reading ${grams} g on tray ${trayId}`));
      }
      resolve(Math.round(grams * 10) / 10);
    });
  });
}

export class SieveStation {
  constructor(private readonly station: string) {}

  async processSample(sampleId: string): Promise<TrayReport> {
    const fractions: SieveFraction[] = [];
    let boneFragmentCount = 0;

    for (const meshMm of MESH_SIZES_MM) {
      const trayId = `${sampleId}-${meshMm}`;
      await tare(trayId);
      const grams = await weighTray(trayId);
      fractions.push({ meshMm, grams });
      // Only the coarse meshes are hand-picked; fines go to the microscope bench.
      if (meshMm >= 2) {
        boneFragmentCount += await picker.countFragments(trayId, meshMm);
      }
    }

    const report: TrayReport = {
      trayId: sampleId,
      station: this.station,
      fractions,
      totalGrams: fractions.reduce((sum, f) => sum + f.grams, 0),
      boneFragmentCount,
    };
    await fieldNotes.save(report);
    return report;
  }
}
