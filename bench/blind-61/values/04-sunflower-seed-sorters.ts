// expect: none
// The calibration and totals written by the readline 'line' handler are only read after `await once(rl, "close")`, when every line has been delivered.
import { createReadStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";

export interface CameraCalibration {
  camera: string;
  pxPerMm: number;
  hueShift: number;
}

export interface SortTally {
  calibration: CameraCalibration;
  kernels: number;
  striped: number;
  black: number;
  rejectedBroken: number;
}

declare const tallyStore: {
  save(runId: string, tally: SortTally): Promise<void>;
};

const MIN_LENGTH_MM = 9;

function parseHeader(line: string): CameraCalibration | undefined {
  // "# camera=C3 px_per_mm=14.2 hue_shift=-3"
  const fields = Object.fromEntries(
    line
      .replace(/^#\s*/, "")
      .split(/\s+/)
      .map((kv) => kv.split("=") as [string, string]),
  );
  if (!line.startsWith("#") || !fields.camera || !fields.px_per_mm) return undefined;
  return {
    camera: fields.camera,
    pxPerMm: Number(fields.px_per_mm),
    hueShift: Number(fields.hue_shift ?? 0),
  };
}

export async function tallyRun(runId: string, file: string): Promise<SortTally> {
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });

  let calibration: CameraCalibration | undefined;
  let headerSeen = false;
  const counts = { kernels: 0, striped: 0, black: 0, rejectedBroken: 0 };

  rl.on("line", (line) => {
    if (!headerSeen) {
      headerSeen = true;
      calibration = parseHeader(line);
      return;
    }
    if (!calibration || line.trim() === "") return;
    // "<lengthPx> <hue>"
    const [lengthPx, hue] = line.split(" ").map(Number);
    const lengthMm = lengthPx / calibration.pxPerMm;
    counts.kernels += 1;
    if (lengthMm < MIN_LENGTH_MM) {
      counts.rejectedBroken += 1;
    } else if (hue + calibration.hueShift < 30) {
      counts.black += 1;
    } else {
      counts.striped += 1;
    }
  });

  await once(rl, "close");

  const cal = calibration as CameraCalibration | undefined;
  if (!cal) throw new Error(`${file}: missing or malformed calibration header`);
  if (cal.pxPerMm <= 0) throw new Error(`${file}: camera ${cal.camera} has invalid scale`);

  const tally: SortTally = { calibration: cal, ...counts };
  await tallyStore.save(runId, tally);
  return tally;
}
