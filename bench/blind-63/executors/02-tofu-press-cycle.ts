// expect: none
// The spawn executor settles exactly once: a settled flag guards 'error' and 'close', which can both fire for one child.
import { spawn } from 'node:child_process';

export interface PressProgram {
  line: string;
  curdKg: number;
  pressureKpa: number;
  holdSeconds: number;
}

export interface PressResult {
  line: string;
  blocks: number;
  wheyLiters: number;
  durationMs: number;
}

declare const lineConfig: {
  controllerBinary(line: string): Promise<string>;
};

function parseSummary(stdout: string): { blocks: number; wheyLiters: number } {
  const summary = stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('SUMMARY '))
    .pop();
  if (!summary) {
    throw new Error('press controller produced no SUMMARY line');
  }
  const [, blocks, whey] = summary.split(' ');
  return { blocks: Number.parseInt(blocks, 10), wheyLiters: Number.parseFloat(whey) };
}

function runController(binary: string, program: PressProgram): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(binary, [
      '--line', program.line,
      '--curd-kg', String(program.curdKg),
      '--pressure', String(program.pressureKpa),
      '--hold', String(program.holdSeconds),
    ], { stdio: ['ignore', 'pipe', 'pipe'] });

    let settled = false;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });

    child.once('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });

    child.once('close', (code, signal) => {
      if (settled) return;
      settled = true;
      if (code === 0) {
        resolve(stdout);
      } else {
        reject(new Error(`press ${program.line} exited with ${code ?? signal}: ${stderr.trim()}`));
      }
    });
  });
}

export async function pressBatch(program: PressProgram): Promise<PressResult> {
  if (program.curdKg <= 0) {
    throw new RangeError(`curd weight must be positive, got ${program.curdKg}`);
  }
  const started = Date.now();
  const binary = await lineConfig.controllerBinary(program.line);
  const stdout = await runController(binary, program);
  const { blocks, wheyLiters } = parseSummary(stdout);
  return { line: program.line, blocks, wheyLiters, durationMs: Date.now() - started };
}

export async function pressAll(programs: PressProgram[]): Promise<PressResult[]> {
  const results: PressResult[] = [];
  for (const program of programs) {
    results.push(await pressBatch(program));
  }
  return results;
}
