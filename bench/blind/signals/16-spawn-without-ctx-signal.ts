// expect: require-signal-propagation
// The build step has ctx.signal but spawns the compiler without it, so cancelling the pipeline leaves the child process running.

import { spawn } from "node:child_process";
import { once } from "node:events";

export interface StepContext {
  cwd: string;
  signal: AbortSignal;
  log(line: string): void;
}

export async function runTypecheckStep(ctx: StepContext, project: string): Promise<void> {
  ctx.log(`typechecking ${project}`);
  const child = spawn("npx", ["tsc", "-p", project, "--noEmit"], {
    cwd: ctx.cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => ctx.log(chunk.trimEnd()));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => ctx.log(chunk.trimEnd()));
  const [code] = (await once(child, "exit", { signal: ctx.signal })) as [number | null];
  if (code !== 0) {
    throw new Error(`tsc exited with code ${code}`);
  }
}
