// expect: no-read-before-settle
// maxGroupSize is overwritten inside the permit lookup's .then, but the groups are split synchronously right after, always with the default.
export interface Visitor {
  name: string;
  age: number;
  needsLamp: boolean;
}

export interface TubePermit {
  tubeId: string;
  maxGroupSize: number;
  minGuideRatio: number;
  closedSections: string[];
}

export interface TourGroup {
  groupNo: number;
  visitors: Visitor[];
  guidesNeeded: number;
  lampsNeeded: number;
}

export interface TourPlan {
  tubeId: string;
  groups: TourGroup[];
  route: string[];
}

declare const parkPermits: {
  currentPermit(tubeId: string): Promise<TubePermit>;
};
declare const tourLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const DEFAULT_MAX_GROUP = 12;
const DEFAULT_GUIDE_RATIO = 8;
const FULL_ROUTE = ['entrance-skylight', 'rope-bridge', 'lava-falls', 'crystal-grotto', 'tube-terminus'];

export function splitIntoGroups(visitors: Visitor[], maxGroupSize: number, guideRatio: number): TourGroup[] {
  const families = [...visitors].sort((a, b) => a.age - b.age);
  const groupCount = Math.max(1, Math.ceil(families.length / maxGroupSize));
  const groups: TourGroup[] = Array.from({ length: groupCount }, (_, i) => ({
    groupNo: i + 1,
    visitors: [],
    guidesNeeded: 0,
    lampsNeeded: 0,
  }));
  families.forEach((v, i) => groups[i % groupCount].visitors.push(v));
  for (const g of groups) {
    const minors = g.visitors.filter((v) => v.age < 16).length;
    g.guidesNeeded = Math.max(1, Math.ceil(g.visitors.length / guideRatio)) + (minors > 4 ? 1 : 0);
    g.lampsNeeded = g.visitors.filter((v) => v.needsLamp).length + g.guidesNeeded;
  }
  return groups;
}

export function planTour(tubeId: string, visitors: Visitor[]): TourPlan {
  let maxGroupSize = DEFAULT_MAX_GROUP;
  let guideRatio = DEFAULT_GUIDE_RATIO;
  let closed: string[] = [];

  parkPermits
    .currentPermit(tubeId)
    .then((permit) => {
      maxGroupSize = permit.maxGroupSize;
      guideRatio = permit.minGuideRatio;
      closed = permit.closedSections;
    })
    .catch((err: unknown) => tourLog.warn('permit lookup failed, using defaults', { tubeId, err: String(err) }));

  const groups = splitIntoGroups(visitors, maxGroupSize, guideRatio);
  const route = FULL_ROUTE.filter((section) => !closed.includes(section));
  return { tubeId, groups, route };
}

export function guideRoster(plan: TourPlan, guides: string[]): Map<number, string[]> {
  const roster = new Map<number, string[]>();
  let next = 0;
  for (const group of plan.groups) {
    const assigned = guides.slice(next, next + group.guidesNeeded);
    next += group.guidesNeeded;
    roster.set(group.groupNo, assigned);
  }
  return roster;
}
