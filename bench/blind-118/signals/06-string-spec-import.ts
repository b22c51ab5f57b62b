// expect: require-signal-propagation
// importStringSet passes its signal to fetch but not to client.getSpecSheet, which accepts one, so cancelling an import leaves the spec-sheet loop running.
export interface SpecSheet {
  gauge: string;
  coreMaterial: 'nylon' | 'gut' | 'steel';
  windings: number;
  breakingLoadN: number;
  recommendedTensionN: number;
}

export interface SpecSheetClient {
  getSpecSheet(gauge: string, options?: { signal?: AbortSignal }): Promise<SpecSheet>;
}

interface SetListing {
  setId: string;
  harpModel: string;
  strings: { position: number; note: string; gauge: string }[];
}

export interface ImportedString {
  position: number;
  note: string;
  sheet: SpecSheet;
  safetyMargin: number;
}

export interface ImportedSet {
  setId: string;
  harpModel: string;
  strings: ImportedString[];
  warnings: string[];
}

export async function importStringSet(
  client: SpecSheetClient,
  catalogUrl: string,
  setId: string,
  signal: AbortSignal,
): Promise<ImportedSet> {
  const res = await fetch(`${catalogUrl}/sets/${encodeURIComponent(setId)}`, { signal });
  if (!res.ok) {
    throw new Error(`catalog returned HTTP ${res.status} for set ${setId}`);
  }
  const listing = (await res.json()) as SetListing;

  const sheetsByGauge = new Map<string, SpecSheet>();
  const strings: ImportedString[] = [];
  const warnings: string[] = [];

  for (const entry of [...listing.strings].sort((a, b) => a.position - b.position)) {
    let sheet = sheetsByGauge.get(entry.gauge);
    if (!sheet) {
      sheet = await client.getSpecSheet(entry.gauge);
      sheetsByGauge.set(entry.gauge, sheet);
    }
    const safetyMargin = sheet.breakingLoadN / sheet.recommendedTensionN;
    if (safetyMargin < 1.5) {
      warnings.push(`${entry.note} (position ${entry.position}) runs at ${(100 / safetyMargin).toFixed(0)}% of breaking load`);
    }
    strings.push({ position: entry.position, note: entry.note, sheet, safetyMargin });
  }

  return { setId: listing.setId, harpModel: listing.harpModel, strings, warnings };
}
