// expect: none
// allSettled results are narrowed by status before .value or .reason is read, and the sequential loop awaits each scan.
export interface FilmSheet {
  accession: string;
  bodyPart: string;
  takenOn: string;
  sizeCm: "18x24" | "24x30" | "35x43";
}

export interface ScanResult {
  accession: string;
  dicomUid: string;
  opticalDensityMax: number;
}

declare const scanner: {
  scan(sheet: FilmSheet, dpi: number): Promise<ScanResult>;
};

declare const pacs: {
  exists(accession: string): Promise<boolean>;
  link(accession: string, dicomUid: string): Promise<void>;
};

declare const archiveLog: {
  error(message: string, cause: unknown): void;
  info(message: string): void;
};

const DPI_BY_SIZE: Record<FilmSheet["sizeCm"], number> = {
  "18x24": 600,
  "24x30": 500,
  "35x43": 400,
};

export interface DigitizeSummary {
  scanned: ScanResult[];
  failed: Array<{ accession: string; reason: string }>;
  skipped: string[];
}

export async function digitizeBox(sheets: FilmSheet[]): Promise<DigitizeSummary> {
  const checks = await Promise.allSettled(sheets.map((s) => pacs.exists(s.accession)));

  const toScan: FilmSheet[] = [];
  const skipped: string[] = [];
  const failed: DigitizeSummary["failed"] = [];

  checks.forEach((check, i) => {
    const sheet = sheets[i]!;
    if (check.status === "rejected") {
      failed.push({ accession: sheet.accession, reason: `PACS lookup failed: ${String(check.reason)}` });
    } else if (check.value) {
      skipped.push(sheet.accession);
    } else {
      toScan.push(sheet);
    }
  });

  const scanned: ScanResult[] = [];
  for (const sheet of toScan) {
    try {
      const result = await scanner.scan(sheet, DPI_BY_SIZE[sheet.sizeCm]);
      if (result.opticalDensityMax < 1.2) {
        failed.push({ accession: sheet.accession, reason: "film too faded for diagnostic use" });
        continue;
      }
      await pacs.link(sheet.accession, result.dicomUid);
      scanned.push(result);
    } catch (err) {
      archiveLog.error(`scan of ${sheet.accession} failed`, err);
      failed.push({ accession: sheet.accession, reason: (err as Error).message });
    }
  }

  archiveLog.info(`box done: ${scanned.length} scanned, ${skipped.length} already in PACS, ${failed.length} failed`);
  return { scanned, failed, skipped };
}

export function oldestFilm(sheets: FilmSheet[]): FilmSheet | undefined {
  return [...sheets].sort((a, b) => a.takenOn.localeCompare(b.takenOn))[0];
}
