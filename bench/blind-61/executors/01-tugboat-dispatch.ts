// expect: no-multiple-settle
// writeManifestFile's 'error' handler only records a metric, so a failed disk write leaves the executor's promise pending forever.
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";

export interface TowAssignment {
  tugId: string;
  vesselImo: string;
  berth: string;
  etaMinutes: number;
  pilotOnBoard: boolean;
}

export interface DispatchShift {
  harbour: string;
  shiftStart: Date;
  assignments: TowAssignment[];
}

export interface PublishedManifest {
  file: string;
  bytes: number;
  assignments: number;
  tookMs: number;
}

declare const harbourClock: { now(): Date };
declare const dispatchMetrics: {
  increment(name: string, tags?: Record<string, string>): void;
  timing(name: string, ms: number): void;
};
declare const vtsBroadcast: {
  announce(harbour: string, message: string): Promise<void>;
};

const MANIFEST_ROOT = process.env.TUG_MANIFEST_DIR ?? "/var/lib/tug-dispatch/manifests";

function formatLine(a: TowAssignment): string {
  const pilot = a.pilotOnBoard ? "PILOT" : "NO-PILOT";
  return [a.tugId, a.vesselImo, a.berth, String(a.etaMinutes), pilot].join("\t") + "\n";
}

function manifestPath(shift: DispatchShift): string {
  const stamp = shift.shiftStart.toISOString().replace(/[:.]/g, "-");
  return path.join(MANIFEST_ROOT, shift.harbour, `${stamp}.tsv`);
}

export function sortForDispatch(assignments: readonly TowAssignment[]): TowAssignment[] {
  return [...assignments].sort((a, b) => {
    if (a.pilotOnBoard !== b.pilotOnBoard) return a.pilotOnBoard ? -1 : 1;
    if (a.etaMinutes !== b.etaMinutes) return a.etaMinutes - b.etaMinutes;
    return a.tugId.localeCompare(b.tugId);
  });
}

function writeManifestFile(file: string, lines: readonly string[]): Promise<number> {
  return new Promise<number>((resolve) => {
    const out = createWriteStream(file, { flags: "w", encoding: "utf8" });
    let bytes = 0;

    out.on("error", (err: NodeJS.ErrnoException) => {
      dispatchMetrics.increment("manifest.write_error", { code: err.code ?? "unknown" });
    });
    out.on("finish", () => resolve(bytes));

    for (const line of lines) {
      bytes += Buffer.byteLength(line, "utf8");
      out.write(line);
    }
    out.end();
  });
}

export class TugDispatcher {
  private readonly published = new Map<string, PublishedManifest>();

  constructor(private readonly harbour: string) {}

  async publishShift(shift: DispatchShift): Promise<PublishedManifest> {
    if (shift.harbour !== this.harbour) {
      throw new Error(`dispatcher for ${this.harbour} cannot publish ${shift.harbour}`);
    }
    const started = harbourClock.now().getTime();
    const ordered = sortForDispatch(shift.assignments);
    const header = `# harbour=${shift.harbour} start=${shift.shiftStart.toISOString()}\n`;
    const lines = [header, ...ordered.map(formatLine)];

    const file = manifestPath(shift);
    await mkdir(path.dirname(file), { recursive: true });
    const bytes = await writeManifestFile(file, lines);

    const tookMs = harbourClock.now().getTime() - started;
    dispatchMetrics.timing("manifest.publish", tookMs);

    const manifest: PublishedManifest = { file, bytes, assignments: ordered.length, tookMs };
    this.published.set(file, manifest);

    const firstOut = ordered[0];
    if (firstOut) {
      await vtsBroadcast.announce(
        this.harbour,
        `Tug ${firstOut.tugId} first out to ${firstOut.berth}, ETA ${firstOut.etaMinutes} min`,
      );
    }
    return manifest;
  }

  lastPublished(): PublishedManifest | undefined {
    let latest: PublishedManifest | undefined;
    for (const m of this.published.values()) latest = m;
    return latest;
  }
}
