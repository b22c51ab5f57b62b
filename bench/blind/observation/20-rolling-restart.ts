// expect: none
// The allSettled results are filtered for `rejected`, and any failures are rethrown as an AggregateError.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface Target { name: string; host: string }

async function restartService(target: Target, service: string): Promise<string> {
  const { stdout } = await run("ssh", [target.host, "systemctl", "restart", service]);
  return `${target.name}: ${stdout.trim() || "ok"}`;
}

export async function rollingRestart(targets: Target[], service: string): Promise<string[]> {
  const results = await Promise.allSettled(targets.map((t) => restartService(t, service)));

  const failures = results
    .map((r, i) => ({ r, target: targets[i]! }))
    .filter((x): x is { r: PromiseRejectedResult; target: Target } => x.r.status === "rejected");

  if (failures.length > 0) {
    throw new AggregateError(
      failures.map((f) => f.r.reason),
      `restart of ${service} failed on ${failures.map((f) => f.target.name).join(", ")}`,
    );
  }

  return results.map((r) => (r.status === "fulfilled" ? r.value : ""));
}
