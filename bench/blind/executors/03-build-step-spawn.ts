// expect: none
// The child process is handled on both 'error' (spawn failure) and 'exit', which are mutually exclusive, and 'exit' rejects for any non-zero code or signal.
import { spawn } from 'node:child_process';

export interface BuildStep {
  name: string;
  command: string;
  args: string[];
}

export function runStep(step: BuildStep, cwd: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(step.command, step.args, {
      cwd,
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: '1' },
    });
    child.once('error', (err) => {
      reject(new Error(`[${step.name}] could not start ${step.command}: ${err.message}`));
    });
    child.once('exit', (code, signal) => {
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`[${step.name}] exited with ${signal ?? `code ${code}`}`));
      }
    });
  });
}

export async function runPipeline(steps: BuildStep[], cwd: string): Promise<number> {
  const started = Date.now();
  for (const step of steps) {
    console.log(`\n▶ ${step.name}`);
    await runStep(step, cwd);
  }
  return Date.now() - started;
}
