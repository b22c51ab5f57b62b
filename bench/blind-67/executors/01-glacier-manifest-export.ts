// expect: no-multiple-settle
// writeManifest's executor resolves on the stream's 'finish' event only; an open/write error (EACCES, ENOSPC) never settles it.
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";

export type CaveSection = "blue-hall" | "melt-tunnel" | "moulin-drop";

export interface TourBooking {
  bookingId: string;
  guestName: string;
  partySize: number;
  caveSection: CaveSection;
  departure: Date;
  cramponSize?: number;
}

export interface ManifestOptions {
  outputDir: string;
  tourDate: string;
  includeEquipment: boolean;
}

declare const bookingStore: {
  listForDate(date: string): Promise<TourBooking[]>;
};

declare const auditLog: {
  record(event: string, detail: Record<string, unknown>): void;
};

const HEADER = ["booking_id", "guest", "party", "section", "departure", "crampons"];
const SECTION_ORDER: Record<CaveSection, number> = { "blue-hall": 0, "melt-tunnel": 1, "moulin-drop": 2 };

function csvEscape(value: string): string {
  if (/[",\n]/.test(value)) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

function toRow(b: TourBooking, includeEquipment: boolean): string {
  const cells = [
    b.bookingId,
    csvEscape(b.guestName),
    String(b.partySize),
    b.caveSection,
    b.departure.toISOString(),
    includeEquipment && b.cramponSize !== undefined ? String(b.cramponSize) : "",
  ];
  return cells.join(",");
}

function sortForGuides(bookings: TourBooking[]): TourBooking[] {
  return [...bookings].sort((a, b) => {
    const bySection = SECTION_ORDER[a.caveSection] - SECTION_ORDER[b.caveSection];
    return bySection !== 0 ? bySection : a.departure.getTime() - b.departure.getTime();
  });
}

function writeManifest(filePath: string, lines: string[]): Promise<number> {
  return new Promise<number>((resolve) => {
    const out = createWriteStream(filePath, { encoding: "utf8", flags: "w", mode: 0o640 });
    let bytes = 0;
    for (const line of lines) {
      const chunk = line + "\n";
      bytes += Buffer.byteLength(chunk);
      out.write(chunk);
    }
    out.once("finish", () => resolve(bytes));
    out.end();
  });
}

export async function exportDailyManifest(opts: ManifestOptions): Promise<string | null> {
  const bookings = await bookingStore.listForDate(opts.tourDate);
  if (bookings.length === 0) {
    auditLog.record("manifest.skipped", { tourDate: opts.tourDate, reason: "no-bookings" });
    return null;
  }

  const oversize = bookings.filter((b) => b.partySize > 8);
  if (oversize.length > 0) {
    auditLog.record("manifest.oversize-parties", { ids: oversize.map((b) => b.bookingId) });
  }

  await mkdir(opts.outputDir, { recursive: true });
  const filePath = join(opts.outputDir, `manifest-${opts.tourDate}.csv`);
  const lines = [HEADER.join(","), ...sortForGuides(bookings).map((b) => toRow(b, opts.includeEquipment))];
  const bytes = await writeManifest(filePath, lines);

  const guests = bookings.reduce((sum, b) => sum + b.partySize, 0);
  auditLog.record("manifest.written", { tourDate: opts.tourDate, filePath, bytes, guests });
  return filePath;
}
