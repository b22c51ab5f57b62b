// expect: none
// The manifest writer settles through a 'finish' once-listener and an 'error' once-listener that detach each other, so the export settles exactly once whether the disk write succeeds or fails.
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";

export type Species = "Rhizophora mangle" | "Avicennia germinans" | "Laguncularia racemosa";

export interface PropaguleTray {
  trayId: string;
  species: Species;
  sownOn: Date;
  cells: number;
  germinated: number;
  salinityPpt: number;
  bench: string;
}

const CSV_HEADER = "tray_id,species,sown_on,cells,germinated,germination_pct,salinity_ppt,bench,ready\n";
const READY_AFTER_DAYS: Record<Species, number> = {
  "Rhizophora mangle": 120,
  "Avicennia germinans": 90,
  "Laguncularia racemosa": 75,
};

function csvEscape(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function isReadyForPlanting(tray: PropaguleTray, today: Date): boolean {
  const ageDays = (today.getTime() - tray.sownOn.getTime()) / 86_400_000;
  return ageDays >= READY_AFTER_DAYS[tray.species] && tray.salinityPpt >= 15;
}

export function toCsvRow(tray: PropaguleTray, today: Date): string {
  const pct = tray.cells === 0 ? 0 : Math.round((tray.germinated / tray.cells) * 100);
  return [
    csvEscape(tray.trayId),
    csvEscape(tray.species),
    tray.sownOn.toISOString().slice(0, 10),
    String(tray.cells),
    String(tray.germinated),
    String(pct),
    tray.salinityPpt.toFixed(1),
    csvEscape(tray.bench),
    isReadyForPlanting(tray, today) ? "yes" : "no",
  ].join(",") + "\n";
}

function writeAllAndClose(stream: Writable, chunks: Iterable<string>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      stream.off("error", onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off("finish", onFinish);
      reject(err);
    };
    stream.once("finish", onFinish);
    stream.once("error", onError);

    // manifests are a few thousand rows; buffering them in the stream is fine
    for (const chunk of chunks) stream.write(chunk);
    stream.end();
  });
}

export async function exportTrayManifest(trays: PropaguleTray[], outPath: string, today = new Date()): Promise<number> {
  const sorted = [...trays].sort((a, b) => a.bench.localeCompare(b.bench) || a.trayId.localeCompare(b.trayId));
  const rows = sorted.map((t) => toCsvRow(t, today));
  const out = createWriteStream(outPath, { encoding: "utf8", flags: "w" });
  await writeAllAndClose(out, [CSV_HEADER, ...rows]);
  return rows.length;
}
