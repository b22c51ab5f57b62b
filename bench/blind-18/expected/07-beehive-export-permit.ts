// expect: no-uncalled-async-function
// Bug: `!apiary.hasCurrentInspection` tests the async method reference instead of awaiting its result, so the inspection gate never denies a permit.
import { randomUUID } from 'node:crypto';

export interface PermitRequest {
  apiaryId: string;
  destinationCountry: string;
  colonyCount: number;
  shipDate: Date;
}

export interface ExportPermit {
  permitNumber: string;
  apiaryId: string;
  destinationCountry: string;
  colonyCount: number;
  validUntil: Date;
}

declare const inspectionsDb: {
  latestInspection(apiaryId: string): Promise<{ inspectedAt: Date; foulbroodFree: boolean } | null>;
};

declare const permitsDb: {
  insert(permit: ExportPermit): Promise<void>;
  countIssuedThisSeason(apiaryId: string): Promise<number>;
};

const INSPECTION_MAX_AGE_DAYS = 60;
const SEASON_PERMIT_CAP = 12;
const RESTRICTED_DESTINATIONS = new Set(['AU', 'NZ']);

export class PermitDenied extends Error {
  constructor(
    readonly apiaryId: string,
    reason: string,
  ) {
    super(`export permit denied for ${apiaryId}: ${reason}`);
  }
}

export class Apiary {
  constructor(
    readonly id: string,
    readonly registeredColonies: number,
  ) {}

  async hasCurrentInspection(now = new Date()): Promise<boolean> {
    const latest = await inspectionsDb.latestInspection(this.id);
    if (!latest || !latest.foulbroodFree) return false;
    const ageDays = (now.getTime() - latest.inspectedAt.getTime()) / 86_400_000;
    return ageDays <= INSPECTION_MAX_AGE_DAYS;
  }
}

export async function issueExportPermit(apiary: Apiary, req: PermitRequest): Promise<ExportPermit> {
  if (req.colonyCount <= 0 || req.colonyCount > apiary.registeredColonies) {
    throw new PermitDenied(apiary.id, `colony count ${req.colonyCount} exceeds registration`);
  }
  if (RESTRICTED_DESTINATIONS.has(req.destinationCountry)) {
    throw new PermitDenied(apiary.id, `${req.destinationCountry} requires a bilateral certificate`);
  }
  if (!apiary.hasCurrentInspection) {
    throw new PermitDenied(apiary.id, 'no clean inspection in the last 60 days');
  }

  const issued = await permitsDb.countIssuedThisSeason(apiary.id);
  if (issued >= SEASON_PERMIT_CAP) {
    throw new PermitDenied(apiary.id, 'seasonal permit cap reached');
  }

  const validUntil = new Date(req.shipDate);
  validUntil.setDate(validUntil.getDate() + 14);

  const permit: ExportPermit = {
    permitNumber: `BEE-${req.destinationCountry}-${randomUUID().slice(0, 8).toUpperCase()}`,
    apiaryId: apiary.id,
    destinationCountry: req.destinationCountry,
    colonyCount: req.colonyCount,
    validUntil,
  };
  await permitsDb.insert(permit);
  return permit;
}
