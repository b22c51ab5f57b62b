// expect: no-unchecked-settled-results
// The allSettled results are cast to fulfilled and .value is read without checking status, so one failed certificate lookup crashes the expiry filter.
export interface RiggingCrew {
  crewId: string;
  leadRiggerId: string;
  members: string[];
  venue: string;
}

export interface RiggerCert {
  riggerId: string;
  level: 'ground' | 'high-wire' | 'master';
  expiresAt: Date;
  issuingBody: string;
}

export interface InspectionSummary {
  showDate: Date;
  crewsChecked: number;
  expiringSoon: { crewId: string; riggerId: string; expiresAt: Date }[];
  underQualified: string[];
}

declare const certRegistry: {
  lookup(riggerId: string): Promise<RiggerCert>;
};

declare const safetyOffice: {
  file(summary: InspectionSummary): Promise<{ ticket: string }>;
};

const THIRTY_DAYS_MS = 30 * 24 * 3_600_000;

function requiredLevel(venue: string): RiggerCert['level'] {
  if (venue.includes('big-top') || venue.includes('gorge')) return 'master';
  if (venue.includes('arena')) return 'high-wire';
  return 'ground';
}

const LEVEL_RANK: Record<RiggerCert['level'], number> = { ground: 0, 'high-wire': 1, master: 2 };

export async function preShowInspection(crews: RiggingCrew[], showDate: Date): Promise<{ ticket: string; summary: InspectionSummary }> {
  const results = await Promise.allSettled(crews.map((crew) => certRegistry.lookup(crew.leadRiggerId)));
  const certs = results.map((r) => (r as PromiseFulfilledResult<RiggerCert>).value);

  const cutoff = showDate.getTime() + THIRTY_DAYS_MS;
  const expiringSoon: InspectionSummary['expiringSoon'] = [];
  const underQualified: string[] = [];

  certs.forEach((cert, i) => {
    const crew = crews[i];
    if (cert.expiresAt.getTime() < cutoff) {
      expiringSoon.push({ crewId: crew.crewId, riggerId: cert.riggerId, expiresAt: cert.expiresAt });
    }
    if (LEVEL_RANK[cert.level] < LEVEL_RANK[requiredLevel(crew.venue)]) {
      underQualified.push(crew.crewId);
    }
  });

  const summary: InspectionSummary = {
    showDate,
    crewsChecked: crews.length,
    expiringSoon,
    underQualified,
  };
  const { ticket } = await safetyOffice.file(summary);
  return { ticket, summary };
}

export function formatSummary(summary: InspectionSummary): string {
  const lines = [`Pre-show rigging inspection for ${summary.showDate.toDateString()}`];
  lines.push(`${summary.crewsChecked} crews checked`);
  for (const e of summary.expiringSoon) {
    lines.push(`  ! ${e.crewId}: lead rigger ${e.riggerId} certificate expires ${e.expiresAt.toDateString()}`);
  }
  for (const crewId of summary.underQualified) {
    lines.push(`  ! ${crewId}: lead rigger not qualified for this venue`);
  }
  if (summary.expiringSoon.length === 0 && summary.underQualified.length === 0) {
    lines.push('  all crews cleared');
  }
  return lines.join('\n');
}
