// expect: no-read-before-settle
// `columns` is filled by the first 'line' event, but the column indexes are computed synchronously right after the listener is attached, before any line has been read, so every index is -1.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";

export interface Sounding {
  depthM: number;
  waterTempC: number;
  flowMps: number;
}

export interface MoulinProfile {
  moulin: string;
  soundings: Sounding[];
  maxDepthM: number;
  meanFlowMps: number;
}

function normalizeHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/\s+/g, "_");
}

function parseNumber(cell: string | undefined): number {
  if (cell === undefined || cell.trim() === "" || cell.trim() === "NA") return Number.NaN;
  return Number(cell);
}

export async function loadSoundingLog(moulin: string, path: string): Promise<MoulinProfile> {
  const input = createReadStream(path, { encoding: "utf8" });
  const rl = createInterface({ input, crlfDelay: Infinity });
  input.on("error", (err) => rl.emit("error", err));

  let columns: string[] = [];
  const rows: string[][] = [];
  rl.on("line", (line) => {
    if (line.startsWith("#") || line.trim() === "") return;
    const cells = line.split(",");
    if (columns.length === 0) columns = cells.map(normalizeHeader);
    else rows.push(cells);
  });

  const depthIdx = columns.indexOf("depth_m");
  const tempIdx = columns.indexOf("water_temp_c");
  const flowIdx = columns.indexOf("flow_mps");

  await once(rl, "close");

  const soundings: Sounding[] = [];
  for (const cells of rows) {
    const s = {
      depthM: parseNumber(cells[depthIdx]),
      waterTempC: parseNumber(cells[tempIdx]),
      flowMps: parseNumber(cells[flowIdx]),
    };
    if (Number.isNaN(s.depthM)) continue;
    soundings.push(s);
  }
  soundings.sort((a, b) => a.depthM - b.depthM);

  const flows = soundings.map((s) => s.flowMps).filter((f) => !Number.isNaN(f));
  return {
    moulin,
    soundings,
    maxDepthM: soundings.length ? soundings[soundings.length - 1].depthM : 0,
    meanFlowMps: flows.length ? flows.reduce((a, b) => a + b, 0) / flows.length : 0,
  };
}
