// expect: no-swallowed-abort
// The catch wraps every failure, including the caller's AbortError, in a generic "manifest upload failed" Error, so cancellation looks like an upload fault.
export interface Chest {
  chestNo: string;
  grade: "FTGFOP" | "TGFOP" | "FOP" | "BOP" | "Dust";
  netKg: number;
  garden: string;
}

export interface Manifest {
  invoiceNo: string;
  vessel: string;
  chests: Chest[];
}

declare const customsPortal: {
  upload(manifest: Manifest, init: { signal: AbortSignal }): Promise<{ reference: string }>;
};

declare const exportLedger: {
  markLodged(invoiceNo: string, reference: string): Promise<void>;
};

export class ManifestUploadError extends Error {
  constructor(
    readonly invoiceNo: string,
    options?: { cause?: unknown },
  ) {
    super(`manifest upload failed for invoice ${invoiceNo}`, options);
    this.name = "ManifestUploadError";
  }
}

export function validateManifest(manifest: Manifest): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const chest of manifest.chests) {
    if (seen.has(chest.chestNo)) problems.push(`duplicate chest ${chest.chestNo}`);
    seen.add(chest.chestNo);
    if (chest.netKg <= 0 || chest.netKg > 60) problems.push(`chest ${chest.chestNo} weight ${chest.netKg}kg`);
  }
  if (manifest.chests.length === 0) problems.push("empty manifest");
  return problems;
}

export async function lodgeManifest(manifest: Manifest, signal: AbortSignal): Promise<string> {
  const problems = validateManifest(manifest);
  if (problems.length) {
    throw new Error(`invoice ${manifest.invoiceNo}: ${problems.join("; ")}`);
  }
  let reference: string;
  try {
    ({ reference } = await customsPortal.upload(manifest, { signal }));
  } catch (err) {
    throw new ManifestUploadError(manifest.invoiceNo, { cause: err });
  }
  await exportLedger.markLodged(manifest.invoiceNo, reference);
  return reference;
}

export function totalsByGrade(manifest: Manifest): Record<Chest["grade"], number> {
  const totals: Record<Chest["grade"], number> = { FTGFOP: 0, TGFOP: 0, FOP: 0, BOP: 0, Dust: 0 };
  for (const chest of manifest.chests) totals[chest.grade] += chest.netKg;
  return totals;
}

export function gardensOf(manifest: Manifest): string[] {
  return [...new Set(manifest.chests.map((c) => c.garden))].sort();
}
