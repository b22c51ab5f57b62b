// expect: no-unobserved-promise
// The lint and test runs are started together but awaited one after the other; if lint fails within seconds while the test run is still being awaited, the lint rejection has no handler yet and Node aborts with an unhandled rejection instead of the CLI's formatted failure message and exit code.
import { spawn } from 'node:child_process';

interface StepResult {
  name: string;
  durationMs: number;
}

class StepFailedError extends Error {
  constructor(
    readonly step: string,
    readonly exitCode: number | null,
  ) {
    super(`${step} failed with exit code ${exitCode}`);
  }
}

function runStep(name: string, command: string, args: string[]): Promise<StepResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve({ name, durationMs: Date.now() - started });
      else reject(new StepFailedError(name, code));
    });
  });
}

export async function preflight(): Promise<number> {
  console.log('release preflight: running tests and lint in parallel');
  const tests = runStep('test', 'npx', ['vitest', 'run', '--reporter=dot']);
  const lint = runStep('lint', 'npx', ['eslint', '.', '--max-warnings=0']);

  try {
    const testResult = await tests;
    const lintResult = await lint;
    for (const r of [testResult, lintResult]) {
      console.log(`  ✓ ${r.name} (${(r.durationMs / 1000).toFixed(1)}s)`);
    }
    return 0;
  } catch (err) {
    if (err instanceof StepFailedError) {
      console.error(`  ✗ ${err.step}: exit code ${err.exitCode}; fix it before tagging a release`);
      return err.exitCode ?? 1;
    }
    throw err;
  }
}

if (require.main === module) {
  preflight().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
