// expect: no-read-before-settle
// startProbeSession reads `firmware` into the session record synchronously, before the stdout 'data' listener that sets it can have fired, so every session is registered as "unknown".
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

export interface ProbeSession {
  line: string;
  pid: number;
  firmware: string;
  startedAt: string;
}

export interface TensionFrame {
  line: string;
  stringGauge: string;
  newtons: number;
}

declare const sessionRegistry: {
  register(session: ProbeSession): Promise<void>;
  retire(pid: number): Promise<void>;
};
declare const qualityLog: {
  outOfSpec(frame: TensionFrame, limit: number): void;
  error(msg: string, err?: unknown): void;
};

const PROBE_BIN = "/opt/string-plant/bin/tension-probe";
const LIMITS_N: Record<string, number> = {
  "0.010": 70,
  "0.012": 85,
  "0.016": 95,
  "0.022w": 110,
};

function parseBanner(text: string): string {
  const match = /firmware\s+v?([\d.]+)/i.exec(text);
  return match ? match[1] : "unknown";
}

function parseFrame(line: string, raw: string): TensionFrame | undefined {
  const [gauge, newtons] = raw.trim().split(/\s+/);
  const n = Number(newtons);
  if (!gauge || !Number.isFinite(n)) return undefined;
  return { line, stringGauge: gauge, newtons: n };
}

export async function startProbeSession(
  line: string,
): Promise<{ session: ProbeSession; child: ChildProcessWithoutNullStreams }> {
  const child = spawn(PROBE_BIN, ["--line", line, "--stream"]);
  child.on("error", (err) => qualityLog.error(`tension probe on ${line} failed`, err));

  let firmware = "unknown";
  child.stdout.once("data", (chunk: Buffer) => {
    firmware = parseBanner(chunk.toString("utf8"));
  });

  let pending = "";
  child.stdout.on("data", (chunk: Buffer) => {
    pending += chunk.toString("utf8");
    const rows = pending.split("\n");
    pending = rows.pop() ?? "";
    for (const row of rows) {
      const frame = parseFrame(line, row);
      if (!frame) continue;
      const limit = LIMITS_N[frame.stringGauge];
      if (limit !== undefined && frame.newtons > limit) qualityLog.outOfSpec(frame, limit);
    }
  });

  const session: ProbeSession = {
    line,
    pid: child.pid ?? -1,
    firmware,
    startedAt: new Date().toISOString(),
  };
  await sessionRegistry.register(session);

  return { session, child };
}

export async function stopProbeSession(session: ProbeSession, child: ChildProcessWithoutNullStreams) {
  if (child.exitCode === null) {
    child.kill("SIGTERM");
  }
  await sessionRegistry.retire(session.pid);
}
