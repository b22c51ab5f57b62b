// expect: no-multiple-settle
// On a non-zero exit the close handler rejects but falls through to resolve(JSON.parse(stdout)), which throws on the empty output inside the event handler.
import { spawn } from 'node:child_process';
import path from 'node:path';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeoutMs?: number) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeLessThan(n: number): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface DyeAmount {
  name: string;
  grams: number;
}

interface MatchResult {
  recipe: string;
  fibre: string;
  deltaE: number;
  dyes: DyeAmount[];
}

const CLI = path.resolve(process.cwd(), 'bin/colormatch.js');

function runColormatch(args: string[], stdin?: string): Promise<MatchResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, '--json', ...args], {
      env: { ...process.env, DYEWORKS_PALETTE: 'fixtures/palette-2024.csv' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`colormatch exited with ${code}: ${stderr.trim()}`));
      }
      resolve(JSON.parse(stdout) as MatchResult);
    });
    child.stdin.end(stdin ?? '');
  });
}

describe('colormatch CLI', () => {
  it('matches a madder swatch on wool within tolerance', async () => {
    const result = await runColormatch(['--fibre', 'wool', '#9b2d30']);
    expect(result.fibre).toBe('wool');
    expect(result.deltaE).toBeLessThan(2.5);
    expect(result.dyes.map((d) => d.name)).toEqual(['madder', 'alum-mordant']);
  });

  it('reads a batch of swatches from stdin', async () => {
    const result = await runColormatch(['--fibre', 'silk', '--stdin'], '#1f3a5f\n');
    expect(result.recipe).toBe('indigo-light-2');
    expect(result.dyes).toHaveLength(2);
  });

  it('scales recipe weights to the batch size', async () => {
    const small = await runColormatch(['--fibre', 'cotton', '--kg', '1', '#c8a951']);
    const large = await runColormatch(['--fibre', 'cotton', '--kg', '10', '#c8a951']);
    expect(large.dyes[0].grams).toBe(small.dyes[0].grams * 10);
  });

  it('rejects unknown fibre types', async () => {
    await expect(runColormatch(['--fibre', 'kevlar', '#9b2d30'])).rejects.toThrow(/unknown fibre/i);
  });

  it('rejects malformed hex colours', async () => {
    await expect(runColormatch(['--fibre', 'wool', '9b2d3'])).rejects.toThrow(/invalid colour/i);
  });
});
