// expect: no-promise-as-value
// The filter predicate returns inspections.isCertified(...), a Promise that is always truthy, so uncertified bamboo sections are cleared for workers.
export interface ScaffoldSection {
  id: string;
  site: string;
  lifts: number;
  heightM: number;
  lastInspected: string | null;
}

export interface AccessPlan {
  site: string;
  cleared: string[];
  blocked: string[];
  issuedAt: string;
}

declare const inspections: {
  isCertified(sectionId: string): Promise<boolean>;
  schedule(sectionId: string, reason: string): Promise<void>;
};
declare const siteRegister: {
  sections(site: string): Promise<ScaffoldSection[]>;
  publishAccess(plan: AccessPlan): Promise<void>;
};
declare const weather: {
  gustKmh(site: string): Promise<number>;
};

// Bamboo lashings loosen in sustained wind; above this nobody goes up.
const MAX_GUST_KMH = 60;
const REINSPECT_AFTER_DAYS = 14;

function overdue(section: ScaffoldSection, now = Date.now()): boolean {
  if (!section.lastInspected) return true;
  return now - Date.parse(section.lastInspected) > REINSPECT_AFTER_DAYS * 86_400_000;
}

export async function planAccess(site: string): Promise<AccessPlan> {
  const [sections, gust] = await Promise.all([siteRegister.sections(site), weather.gustKmh(site)]);
  const issuedAt = new Date().toISOString();

  if (gust > MAX_GUST_KMH) {
    const plan: AccessPlan = { site, cleared: [], blocked: sections.map((s) => s.id), issuedAt };
    await siteRegister.publishAccess(plan);
    return plan;
  }

  for (const section of sections.filter((s) => overdue(s))) {
    await inspections.schedule(section.id, `last inspected ${section.lastInspected ?? 'never'}`);
  }

  const certified = sections.filter((s) => inspections.isCertified(s.id));
  const clearedIds = new Set(certified.map((s) => s.id));
  const plan: AccessPlan = {
    site,
    cleared: [...clearedIds],
    blocked: sections.filter((s) => !clearedIds.has(s.id)).map((s) => s.id),
    issuedAt,
  };
  await siteRegister.publishAccess(plan);
  return plan;
}

export function tallestCleared(plan: AccessPlan, sections: ScaffoldSection[]): ScaffoldSection | undefined {
  const cleared = new Set(plan.cleared);
  return sections
    .filter((s) => cleared.has(s.id))
    .reduce<ScaffoldSection | undefined>((best, s) => (!best || s.heightM > best.heightM ? s : best), undefined);
}

export function liftsPerSite(sections: ScaffoldSection[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const s of sections) {
    totals.set(s.site, (totals.get(s.site) ?? 0) + s.lifts);
  }
  return totals;
}
