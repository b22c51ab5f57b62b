// expect: no-multiple-settle
// On a read error the callback rejects but does not return, so it falls through to parsing and settles a second time.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface QuadratCount {
  quadrat: string;
  species: string;
  count: number;
  tideHeightM: number;
}

export interface SurveySheet {
  site: string;
  surveyedAt: Date;
  counts: QuadratCount[];
}

declare const surveyArchive: {
  root: string;
  listPending(site: string): Promise<string[]>;
  markImported(site: string, file: string): Promise<void>;
};

declare const surveyStore: {
  upsertSheet(sheet: SurveySheet): Promise<{ inserted: number; updated: number }>;
};

export class SurveyFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'SurveyFormatError';
  }
}

export class SurveyMissingError extends Error {
  constructor(readonly site: string, readonly file: string) {
    super(`survey sheet ${file} for site ${site} is missing`);
    this.name = 'SurveyMissingError';
  }
}

function parseSheet(file: string, text: string): SurveySheet {
  const lines = text.split(/\r?\n/);
  let site = '';
  let surveyedAt: Date | undefined;
  const counts: QuadratCount[] = [];

  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('site=')) {
      site = line.slice(5);
      return;
    }
    if (line.startsWith('date=')) {
      surveyedAt = new Date(line.slice(5));
      return;
    }
    const [quadrat, species, count, tide] = line.split(',').map((cell) => cell.trim());
    const parsedCount = Number(count);
    const parsedTide = Number(tide);
    if (!quadrat || !species || !Number.isInteger(parsedCount) || Number.isNaN(parsedTide)) {
      throw new SurveyFormatError(file, index + 1, `malformed row "${line}"`);
    }
    counts.push({ quadrat, species, count: parsedCount, tideHeightM: parsedTide });
  });

  if (!site) throw new SurveyFormatError(file, 1, 'missing site= header');
  if (!surveyedAt || Number.isNaN(surveyedAt.getTime())) {
    throw new SurveyFormatError(file, 2, 'missing or invalid date= header');
  }
  return { site, surveyedAt, counts };
}

export function readSurveySheet(site: string, file: string): Promise<SurveySheet> {
  const path = join(surveyArchive.root, site, file);
  return new Promise<SurveySheet>((resolve, reject) => {
    readFile(path, 'utf8', (err, text) => {
      if (err) {
        reject(err.code === 'ENOENT' ? new SurveyMissingError(site, file) : err);
      }
      try {
        resolve(parseSheet(file, text));
      } catch (parseError) {
        reject(parseError);
      }
    });
  });
}

export interface ImportSummary {
  imported: string[];
  skipped: { file: string; reason: string }[];
  rows: number;
}

export async function importPendingSurveys(site: string): Promise<ImportSummary> {
  const files = await surveyArchive.listPending(site);
  const summary: ImportSummary = { imported: [], skipped: [], rows: 0 };

  for (const file of files.sort()) {
    let sheet: SurveySheet;
    try {
      sheet = await readSurveySheet(site, file);
    } catch (err) {
      if (err instanceof SurveyFormatError || err instanceof SurveyMissingError) {
        summary.skipped.push({ file, reason: err.message });
        continue;
      }
      throw err;
    }
    if (sheet.site !== site) {
      summary.skipped.push({ file, reason: `sheet belongs to ${sheet.site}` });
      continue;
    }
    const { inserted, updated } = await surveyStore.upsertSheet(sheet);
    summary.rows += inserted + updated;
    await surveyArchive.markImported(site, file);
    summary.imported.push(file);
  }
  return summary;
}
