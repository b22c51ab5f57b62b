// expect: none
// the export executor listens for both 'finish' and 'error' on the file stream and detaches both listeners once either fires
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import path from "node:path";

export interface IronCycle {
  lineId: string;
  ironId: number;
  startedAt: Date;
  plateTempC: number;
  cycleSeconds: number;
  rejected: boolean;
}

declare const lineHistorian: {
  cyclesBetween(lineId: string, from: Date, to: Date): Promise<IronCycle[]>;
};

function toCsvRow(cycle: IronCycle): string {
  return [
    cycle.lineId,
    cycle.ironId,
    cycle.startedAt.toISOString(),
    cycle.plateTempC.toFixed(1),
    cycle.cycleSeconds.toFixed(2),
    cycle.rejected ? "1" : "0",
  ].join(",");
}

function writeAll(filePath: string, rows: string[]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const out = createWriteStream(filePath, { encoding: "utf8" });
    let bytes = 0;

    const cleanup = () => {
      out.off("finish", onFinish);
      out.off("error", onError);
    };
    const onFinish = () => {
      cleanup();
      resolve(bytes);
    };
    const onError = (err: Error) => {
      cleanup();
      out.destroy();
      reject(err);
    };

    out.on("finish", onFinish);
    out.on("error", onError);

    out.write("line,iron,started_at,plate_c,cycle_s,rejected\n");
    for (const row of rows) {
      bytes += Buffer.byteLength(row) + 1;
      out.write(row + "\n");
    }
    out.end();
  });
}

export async function exportShift(
  lineId: string,
  shiftStart: Date,
  shiftEnd: Date,
  targetDir: string,
): Promise<{ file: string; rows: number; bytes: number }> {
  const cycles = await lineHistorian.cyclesBetween(lineId, shiftStart, shiftEnd);
  const rows = cycles
    .filter((c) => c.cycleSeconds > 0)
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
    .map(toCsvRow);

  const stamp = shiftStart.toISOString().slice(0, 13).replace(/[-:T]/g, "");
  const file = path.join(targetDir, `${lineId}-${stamp}.csv`);
  const bytes = await writeAll(file, rows);
  return { file, rows: rows.length, bytes };
}

export async function appendRejectSummary(file: string, cycles: IronCycle[]): Promise<void> {
  const out = createWriteStream(file, { flags: "a" });
  const rejected = cycles.filter((c) => c.rejected);
  const byIron = new Map<number, number>();
  for (const c of rejected) byIron.set(c.ironId, (byIron.get(c.ironId) ?? 0) + 1);
  for (const [ironId, count] of byIron) {
    out.write(`# iron ${ironId}: ${count} rejects\n`);
  }
  out.end();
  await once(out, "finish");
}
