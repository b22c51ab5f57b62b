// expect: none
// The tide and moon tables are awaited with Promise.all before they go into the JSON sent to the press, the proof status is awaited before ===, and the log template interpolates an awaited job name.
export interface Edition {
  year: number;
  region: string;
  pages: number;
  printRun: number;
}

interface TideTable {
  port: string;
  days: Array<{ date: string; highs: string[]; lows: string[] }>;
}

interface MoonTable {
  phases: Array<{ date: string; phase: "new" | "first-quarter" | "full" | "last-quarter" }>;
}

declare const tides: { yearFor(region: string, year: number): Promise<TideTable[]> };
declare const moon: { phases(year: number): Promise<MoonTable> };
declare const proofs: { status(editionKey: string): Promise<"pending" | "approved" | "rejected"> };
declare const press: {
  submit(payload: string): Promise<{ jobId: string }>;
  jobName(jobId: string): Promise<string>;
};
declare const logger: { info(msg: string): void };

const PAGES_PER_TIDE_PORT = 4;

export function editionKey(edition: Edition): string {
  return `${edition.region.toLowerCase().replace(/\s+/g, "-")}-${edition.year}`;
}

export async function sendToPress(edition: Edition): Promise<string | undefined> {
  const key = editionKey(edition);
  if ((await proofs.status(key)) !== "approved") {
    logger.info(`edition ${key} is waiting for proof approval`);
    return undefined;
  }

  const [tideTables, moonTable] = await Promise.all([tides.yearFor(edition.region, edition.year), moon.phases(edition.year)]);
  const tidePages = tideTables.length * PAGES_PER_TIDE_PORT;
  if (tidePages > edition.pages / 2) {
    throw new Error(`${tideTables.length} tide ports would take over half of edition ${key}`);
  }

  const payload = JSON.stringify({
    key,
    printRun: edition.printRun,
    sections: {
      tides: tideTables,
      moon: moonTable.phases,
      fullMoons: moonTable.phases.filter((p) => p.phase === "full").map((p) => p.date),
    },
    pages: edition.pages,
  });

  const { jobId } = await press.submit(payload);
  logger.info(`edition ${key} queued as ${await press.jobName(jobId)} (${edition.printRun} copies)`);
  return jobId;
}
