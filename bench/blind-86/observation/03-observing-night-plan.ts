// expect: no-unobserved-promise
// queueP is started together with weatherP but only awaited afterwards; if the queue request rejects while the weather is still loading, nothing handles it yet.
export interface Proposal {
  id: string;
  pi: string;
  raDeg: number;
  decDeg: number;
  minutesRequested: number;
  grade: 'A' | 'B' | 'C';
  maxSeeingArcsec: number;
}

export interface SiteWeather {
  seeingArcsec: number;
  cloudFraction: number;
  windKmh: number;
}

export interface NightPlan {
  night: string;
  scheduled: Proposal[];
  deferred: Proposal[];
  domeClosed: boolean;
}

declare const weatherService: { forecast(site: string, night: string): Promise<SiteWeather> };
declare const tac: { approvedQueue(semester: string, night: string): Promise<Proposal[]> };

const GRADE_ORDER = { A: 0, B: 1, C: 2 } as const;

function semesterOf(night: string): string {
  const [year, month] = night.split('-').map(Number);
  return `${year}${month >= 2 && month <= 7 ? 'A' : 'B'}`;
}

export async function planNight(site: string, night: string, darkMinutes: number): Promise<NightPlan> {
  const weatherP = weatherService.forecast(site, night);
  const queueP = tac.approvedQueue(semesterOf(night), night);

  const weather = await weatherP;
  if (weather.windKmh > 60 || weather.cloudFraction > 0.8) {
    const queue = await queueP;
    return { night, scheduled: [], deferred: queue, domeClosed: true };
  }

  const queue = await queueP;
  const ordered = [...queue].sort(
    (a, b) => GRADE_ORDER[a.grade] - GRADE_ORDER[b.grade] || b.minutesRequested - a.minutesRequested,
  );

  const scheduled: Proposal[] = [];
  const deferred: Proposal[] = [];
  let remaining = darkMinutes;
  for (const p of ordered) {
    if (p.maxSeeingArcsec < weather.seeingArcsec || p.minutesRequested > remaining) {
      deferred.push(p);
      continue;
    }
    scheduled.push(p);
    remaining -= p.minutesRequested;
  }
  return { night, scheduled, deferred, domeClosed: false };
}
