// expect: none
// The counters are filled by readline 'line' events and only read after await once(rl, "close"), by which point every line has been delivered.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";

export interface ConvoyLegStats {
  convoyId: string;
  fixes: number;
  overspeedFixes: number;
  maxSpeedKmh: number;
  stoppedMinutes: number;
  malformed: number;
}

// Ice road rule: loaded trucks stay under 25 km/h to avoid a hydrodynamic wave under the ice.
const SPEED_LIMIT_KMH = 25;
const STOPPED_BELOW_KMH = 1;

interface Fix {
  at: number;
  speedKmh: number;
}

function parseFix(line: string): Fix | null {
  // ISO timestamp,lat,lng,speed
  const parts = line.split(",");
  if (parts.length !== 4) return null;
  const at = Date.parse(parts[0]);
  const speedKmh = Number(parts[3]);
  if (Number.isNaN(at) || !Number.isFinite(speedKmh)) return null;
  return { at, speedKmh };
}

export async function summarizeLeg(convoyId: string, path: string): Promise<ConvoyLegStats> {
  const input = createReadStream(path, { encoding: "utf8" });
  const rl = createInterface({ input, crlfDelay: Infinity });

  let fixes = 0;
  let overspeedFixes = 0;
  let maxSpeedKmh = 0;
  let stoppedMs = 0;
  let malformed = 0;
  let previous: Fix | null = null;

  rl.on("line", (line) => {
    if (line.startsWith("#") || line.trim() === "") return;
    const fix = parseFix(line);
    if (!fix) {
      malformed += 1;
      return;
    }
    fixes += 1;
    if (fix.speedKmh > SPEED_LIMIT_KMH) overspeedFixes += 1;
    maxSpeedKmh = Math.max(maxSpeedKmh, fix.speedKmh);
    if (previous && previous.speedKmh < STOPPED_BELOW_KMH) stoppedMs += fix.at - previous.at;
    previous = fix;
  });

  // readline re-emits input stream errors, so this rejects if the log cannot be read.
  await once(rl, "close");

  return {
    convoyId,
    fixes,
    overspeedFixes,
    maxSpeedKmh,
    stoppedMinutes: Math.round(stoppedMs / 60_000),
    malformed,
  };
}
