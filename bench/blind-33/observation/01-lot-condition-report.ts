// expect: no-unobserved-promise
// photosPromise is started before two awaits and two throw paths; if the photo archive rejects meanwhile (or a throw exits first) the rejection has no handler.
export interface LotRecord {
  id: string;
  title: string;
  consignorId: string;
  consignorHold: boolean;
  category: string;
}

export interface Inspection {
  inspector: string;
  inspectedAt: Date;
  grade: 'A' | 'B' | 'C' | 'D';
  notes: string[];
  restorations: string[];
}

export interface Photo {
  url: string;
  angle: 'front' | 'back' | 'detail' | 'mark' | 'damage';
  takenAt: Date;
}

export interface ConditionReport {
  lotId: string;
  title: string;
  grade: Inspection['grade'];
  summary: string;
  damagePhotos: string[];
  otherPhotos: string[];
  generatedFor: string;
}

export class LotNotFoundError extends Error {}
export class ConsignorHoldError extends Error {}

declare const lots: {
  get(lotId: string): Promise<LotRecord | null>;
};

declare const inspections: {
  latest(lotId: string): Promise<Inspection | null>;
};

declare const photoArchive: {
  listForLot(lotId: string): Promise<Photo[]>;
};

declare const staff: {
  canSeeHeldLots(userId: string): Promise<boolean>;
};

function summarise(inspection: Inspection): string {
  const parts = [`Grade ${inspection.grade} on ${inspection.inspectedAt.toISOString().slice(0, 10)}`];
  if (inspection.restorations.length > 0) {
    parts.push(`Restored: ${inspection.restorations.join('; ')}`);
  }
  if (inspection.notes.length > 0) {
    parts.push(inspection.notes.join(' '));
  }
  return parts.join('. ');
}

export async function buildConditionReport(lotId: string, requestedBy: string): Promise<ConditionReport> {
  const photosPromise = photoArchive.listForLot(lotId);

  const lot = await lots.get(lotId);
  if (!lot) {
    throw new LotNotFoundError(`Lot ${lotId} does not exist`);
  }
  if (lot.consignorHold && !(await staff.canSeeHeldLots(requestedBy))) {
    throw new ConsignorHoldError(`Lot ${lotId} is on consignor hold`);
  }

  const inspection = await inspections.latest(lotId);
  if (!inspection) {
    throw new Error(`Lot ${lotId} has not been inspected yet`);
  }

  const photos = await photosPromise;
  const byDate = [...photos].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());

  return {
    lotId,
    title: lot.title,
    grade: inspection.grade,
    summary: summarise(inspection),
    damagePhotos: byDate.filter((p) => p.angle === 'damage').map((p) => p.url),
    otherPhotos: byDate.filter((p) => p.angle !== 'damage').map((p) => p.url),
    generatedFor: requestedBy,
  };
}
