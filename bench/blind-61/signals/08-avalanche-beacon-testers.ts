// expect: none
// The received signal is passed to spawn() and to events.once(), and the abort listener that stops the turntable is registered with { once: true } and removed in finally.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";

export interface SearchStripResult {
  serial: string;
  maxRangeM: number;
  directionErrorDeg: number;
  multipleBurialOk: boolean;
}

declare const turntable: {
  rotate(degreesPerSecond: number): void;
  stop(): void;
};

const STRIP_TOOL = "/opt/beacon-lab/bin/search-strip";

function parseLine(line: string): Partial<SearchStripResult> {
  const [key, value] = line.split("=", 2).map((s) => s.trim());
  switch (key) {
    case "max_range_m":
      return { maxRangeM: Number(value) };
    case "direction_error_deg":
      return { directionErrorDeg: Number(value) };
    case "multi_burial":
      return { multipleBurialOk: value === "pass" };
    default:
      return {};
  }
}

export async function runSearchStrip(serial: string, signal: AbortSignal): Promise<SearchStripResult> {
  signal.throwIfAborted();

  const stopTurntable = () => turntable.stop();
  signal.addEventListener("abort", stopTurntable, { once: true });
  turntable.rotate(12);

  try {
    const child = spawn(STRIP_TOOL, ["--serial", serial, "--format", "kv"], {
      signal,
      stdio: ["ignore", "pipe", "inherit"],
    });

    const result: SearchStripResult = {
      serial,
      maxRangeM: 0,
      directionErrorDeg: Number.POSITIVE_INFINITY,
      multipleBurialOk: false,
    };
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => Object.assign(result, parseLine(line)));

    const [code] = (await once(child, "close", { signal })) as [number | null];
    if (code !== 0) {
      throw new Error(`search-strip exited with ${code} for beacon ${serial}`);
    }
    return result;
  } finally {
    signal.removeEventListener("abort", stopTurntable);
    turntable.stop();
  }
}

export function meetsStandard(r: SearchStripResult): string[] {
  const failures: string[] = [];
  if (r.maxRangeM < 40) failures.push(`range ${r.maxRangeM} m below 40 m`);
  if (r.directionErrorDeg > 15) failures.push(`direction error ${r.directionErrorDeg}° above 15°`);
  if (!r.multipleBurialOk) failures.push("multiple burial marking failed");
  return failures;
}

export async function testShelf(
  serials: readonly string[],
  signal: AbortSignal,
): Promise<Map<string, string[]>> {
  const failures = new Map<string, string[]>();
  for (const serial of serials) {
    const result = await runSearchStrip(serial, signal);
    failures.set(serial, meetsStandard(result));
  }
  return failures;
}
