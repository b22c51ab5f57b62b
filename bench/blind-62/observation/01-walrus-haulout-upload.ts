// expect: no-unobserved-promise
// all uploads are started up front and awaited one by one, but the loop returns early on a quota error, leaving the remaining upload promises with no handler
export interface HaulOutFix {
  tagId: string;
  colony: string;
  lat: number;
  lon: number;
  hauledOut: boolean;
  at: Date;
}

export interface UploadReceipt {
  tagId: string;
  accepted: number;
  quotaExceeded: boolean;
}

export interface BatchOutcome {
  receipts: UploadReceipt[];
  stoppedEarly: boolean;
}

declare const arcticDataPortal: {
  uploadFixes(tagId: string, fixes: HaulOutFix[]): Promise<UploadReceipt>;
};
declare const fieldStation: {
  pendingFixes(): Promise<HaulOutFix[]>;
  markUploaded(tagId: string, count: number): Promise<void>;
};

const MAX_FIXES_PER_UPLOAD = 500;

function groupByTag(fixes: HaulOutFix[]): Map<string, HaulOutFix[]> {
  const byTag = new Map<string, HaulOutFix[]>();
  for (const fix of fixes) {
    const list = byTag.get(fix.tagId);
    if (list) list.push(fix);
    else byTag.set(fix.tagId, [fix]);
  }
  for (const list of byTag.values()) {
    list.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
  return byTag;
}

function dropImplausible(fixes: HaulOutFix[]): HaulOutFix[] {
  return fixes.filter((f, i) => {
    if (f.lat < 55 || f.lat > 85) return false;
    const prev = fixes[i - 1];
    if (!prev) return true;
    const hours = (f.at.getTime() - prev.at.getTime()) / 3_600_000;
    const degrees = Math.hypot(f.lat - prev.lat, (f.lon - prev.lon) * Math.cos((f.lat * Math.PI) / 180));
    return hours <= 0 ? false : degrees / hours < 0.3;
  });
}

export async function uploadPending(): Promise<BatchOutcome> {
  const fixes = await fieldStation.pendingFixes();
  const byTag = groupByTag(fixes);

  const uploads = [...byTag.entries()].map(([tagId, tagFixes]) =>
    arcticDataPortal.uploadFixes(tagId, dropImplausible(tagFixes).slice(0, MAX_FIXES_PER_UPLOAD)),
  );

  const receipts: UploadReceipt[] = [];
  for (const upload of uploads) {
    const receipt = await upload;
    receipts.push(receipt);
    if (receipt.quotaExceeded) {
      return { receipts, stoppedEarly: true };
    }
    await fieldStation.markUploaded(receipt.tagId, receipt.accepted);
  }
  return { receipts, stoppedEarly: false };
}

export function colonySummary(fixes: HaulOutFix[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of fixes) {
    if (f.hauledOut) out[f.colony] = (out[f.colony] ?? 0) + 1;
  }
  return out;
}
