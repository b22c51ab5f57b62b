// expect: none
// Every allSettled result is narrowed on status before .value or .reason is read, and the per-permit work uses for...of with await rather than forEach(async).
export interface LanternPermit {
  permitId: string;
  organizer: string;
  site: 'riverbank' | 'temple-square' | 'harbour-pier';
  expiresOn: string;
  lanternCount: number;
}

export interface RenewalOutcome {
  renewed: LanternPermit[];
  failed: Array<{ permitId: string; reason: string }>;
}

declare const permitOffice: {
  expiringWithin(days: number): Promise<LanternPermit[]>;
  renew(permitId: string, until: string): Promise<LanternPermit>;
};

declare const fireMarshal: {
  inspectSite(site: LanternPermit['site']): Promise<{ cleared: boolean; notes: string }>;
};

declare const organizerMail: {
  send(organizer: string, subject: string, body: string): Promise<void>;
};

function nextFestivalEnd(): string {
  const now = new Date();
  const end = new Date(Date.UTC(now.getUTCFullYear(), 8, 30));
  if (end.getTime() < now.getTime()) end.setUTCFullYear(end.getUTCFullYear() + 1);
  return end.toISOString().slice(0, 10);
}

export async function renewExpiringPermits(): Promise<RenewalOutcome> {
  const expiring = await permitOffice.expiringWithin(14);
  const sites = [...new Set(expiring.map((p) => p.site))];
  const inspections = await Promise.allSettled(sites.map((site) => fireMarshal.inspectSite(site)));

  const clearedSites = new Set<LanternPermit['site']>();
  const siteProblems = new Map<LanternPermit['site'], string>();
  inspections.forEach((result, i) => {
    if (result.status === 'fulfilled' && result.value.cleared) {
      clearedSites.add(sites[i]);
    } else if (result.status === 'fulfilled') {
      siteProblems.set(sites[i], `fire marshal did not clear ${sites[i]}: ${result.value.notes}`);
    } else {
      siteProblems.set(sites[i], `inspection of ${sites[i]} failed: ${String(result.reason)}`);
    }
  });

  const until = nextFestivalEnd();
  const toRenew = expiring.filter((p) => clearedSites.has(p.site));
  const renewals = await Promise.allSettled(toRenew.map((p) => permitOffice.renew(p.permitId, until)));

  const outcome: RenewalOutcome = { renewed: [], failed: [] };
  renewals.forEach((result, i) => {
    if (result.status === 'fulfilled') outcome.renewed.push(result.value);
    else outcome.failed.push({ permitId: toRenew[i].permitId, reason: String(result.reason) });
  });
  for (const permit of expiring) {
    const problem = siteProblems.get(permit.site);
    if (problem) outcome.failed.push({ permitId: permit.permitId, reason: problem });
  }

  for (const permit of outcome.renewed) {
    await organizerMail.send(permit.organizer, 'Lantern permit renewed', `Permit ${permit.permitId} now runs until ${until}.`);
  }
  return outcome;
}
