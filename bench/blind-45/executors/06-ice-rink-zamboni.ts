// expect: none
// The pass executor resolves on 'passcomplete', rejects on 'machinefault' or a cleared-on-settle timeout, and detaches every listener once settled.
export interface PassReport {
  passNumber: number;
  waterLitres: number;
  bladeDepthMm: number;
  durationMs: number;
}

interface ResurfacerLink extends EventTarget {
  startPass(passNumber: number, pattern: 'oval' | 'figure-eight'): void;
  readonly unitId: string;
}

declare function connectResurfacer(unitId: string): Promise<ResurfacerLink>;

declare const rinkSchedule: {
  nextSessionStartsAt(rinkId: string): Promise<number>;
  markIceReady(rinkId: string, report: PassReport[]): Promise<void>;
};

const PASS_TIMEOUT_MS = 9 * 60_000;

function runPass(link: ResurfacerLink, passNumber: number, pattern: 'oval' | 'figure-eight'): Promise<PassReport> {
  return new Promise<PassReport>((resolve, reject) => {
    const listeners = new AbortController();

    const finish = () => {
      clearTimeout(timer);
      listeners.abort();
    };

    link.addEventListener(
      'passcomplete',
      (event) => {
        finish();
        resolve((event as CustomEvent<PassReport>).detail);
      },
      { signal: listeners.signal },
    );

    link.addEventListener(
      'machinefault',
      (event) => {
        finish();
        const { code } = (event as CustomEvent<{ code: string }>).detail;
        reject(new Error(`Resurfacer ${link.unitId} fault ${code} on pass ${passNumber}`));
      },
      { signal: listeners.signal },
    );

    const timer = setTimeout(() => {
      listeners.abort();
      reject(new Error(`Pass ${passNumber} on ${link.unitId} exceeded ${PASS_TIMEOUT_MS / 60_000} minutes`));
    }, PASS_TIMEOUT_MS);

    link.startPass(passNumber, pattern);
  });
}

export async function resurfaceBetweenSessions(rinkId: string, unitId: string): Promise<PassReport[]> {
  const [link, nextSession] = await Promise.all([
    connectResurfacer(unitId),
    rinkSchedule.nextSessionStartsAt(rinkId),
  ]);

  const reports: PassReport[] = [];
  const patterns: Array<'oval' | 'figure-eight'> = ['oval', 'figure-eight'];

  for (let pass = 1; pass <= patterns.length; pass++) {
    const remainingMs = nextSession - Date.now();
    if (remainingMs < PASS_TIMEOUT_MS && reports.length > 0) {
      // Not enough time for another full pass; one pass is acceptable ice.
      break;
    }
    reports.push(await runPass(link, pass, patterns[pass - 1]));
  }

  const totalWater = reports.reduce((sum, r) => sum + r.waterLitres, 0);
  if (totalWater < 200) {
    throw new Error(`Only ${totalWater} L laid on ${rinkId}; flood is too thin to open`);
  }

  await rinkSchedule.markIceReady(rinkId, reports);
  return reports;
}
