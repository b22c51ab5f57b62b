// expect: none
// Every async lookup is awaited before it appears in a template string, a ?? fallback, a truthiness check or the JSON body posted to the gallery.
export interface Commission {
  commissionId: string;
  clan: string;
  crests: string[];
  heightM: number;
  leadCarver?: string;
}

export interface CedarLog {
  logId: string;
  lengthM: number;
  diameterCm: number;
  seasonedMonths: number;
}

declare const logYard: {
  findLog(minLengthM: number): Promise<CedarLog | undefined>;
  reserve(logId: string, commissionId: string): Promise<boolean>;
};
declare const roster: {
  availableCarver(crest: string): Promise<string | null>;
  defaultLead(): Promise<string>;
};
declare const gallery: {
  announce(body: string): Promise<void>;
};

export class CommissionPlanner {
  async chooseLead(commission: Commission): Promise<string> {
    if (commission.leadCarver) return commission.leadCarver;
    const specialist = await roster.availableCarver(commission.crests[0] ?? 'raven');
    return specialist ?? (await roster.defaultLead());
  }

  async secureLog(commission: Commission): Promise<CedarLog> {
    // Leave half a metre for the base that gets buried, plus trimming.
    const needed = commission.heightM + 0.8;
    const log = await logYard.findLog(needed);
    if (!log) {
      throw new Error(`no cedar log of ${needed.toFixed(1)}m for ${commission.commissionId}`);
    }
    if (log.seasonedMonths < 6) {
      throw new Error(`log ${log.logId} has seasoned only ${log.seasonedMonths} months`);
    }
    const reserved = await logYard.reserve(log.logId, commission.commissionId);
    if (!reserved) {
      throw new Error(`log ${log.logId} was taken by another commission`);
    }
    return log;
  }

  async plan(commission: Commission): Promise<{ lead: string; log: CedarLog; summary: string }> {
    const [lead, log] = await Promise.all([this.chooseLead(commission), this.secureLog(commission)]);
    const summary =
      `${commission.clan} pole (${commission.crests.join(', ')}) ` +
      `${commission.heightM}m from log ${log.logId}, lead carver ${lead}`;
    await gallery.announce(
      JSON.stringify({
        commissionId: commission.commissionId,
        clan: commission.clan,
        lead,
        heightM: commission.heightM,
        logDiameterCm: log.diameterCm,
      }),
    );
    return { lead, log, summary };
  }
}

export function carvingWeeks(commission: Commission, log: CedarLog): number {
  const perCrest = log.diameterCm > 90 ? 3 : 2;
  return Math.ceil(commission.crests.length * perCrest + commission.heightM * 0.75);
}
