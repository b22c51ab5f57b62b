// expect: none
// Correct: 'error' (spawn or stdin EPIPE) and 'close' can both fire, but a settled flag makes the first one win and the rest are ignored.
import { spawn } from 'node:child_process';

export interface CutPath {
  pieceId: number;
  svgPath: string;
}

export interface CutResult {
  sheetId: string;
  piecesCut: number;
  bladeMeters: number;
  warnings: string[];
}

declare const cutterConfig: {
  binary: string;
  kerfMm: number;
  feedMmPerSec: number;
};

function buildProgram(sheetId: string, paths: CutPath[]): string {
  const header = `; sheet ${sheetId}\nKERF ${cutterConfig.kerfMm}\nFEED ${cutterConfig.feedMmPerSec}\n`;
  const body = paths.map((p) => `PIECE ${p.pieceId}\nPATH ${p.svgPath}\n`).join('');
  return `${header}${body}END\n`;
}

function parseSummary(sheetId: string, stdout: string): CutResult {
  const warnings: string[] = [];
  let piecesCut = 0;
  let bladeMeters = 0;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('CUT ')) piecesCut += 1;
    else if (line.startsWith('BLADE ')) bladeMeters = Number(line.slice(6));
    else if (line.startsWith('WARN ')) warnings.push(line.slice(5));
  }
  return { sheetId, piecesCut, bladeMeters, warnings };
}

export function cutSheet(sheetId: string, paths: CutPath[]): Promise<CutResult> {
  return new Promise<CutResult>((resolve, reject) => {
    const child = spawn(cutterConfig.binary, ['--stdin', '--sheet', sheetId], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let settled = false;

    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      child.kill('SIGTERM');
      reject(e);
    };
    const succeed = (r: CutResult) => {
      if (settled) return;
      settled = true;
      resolve(r);
    };

    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.on('error', (e) => fail(new Error(`cutter stdin closed early for ${sheetId}`, { cause: e })));
    child.on('error', (e) => fail(new Error(`could not start cutter for ${sheetId}`, { cause: e })));
    child.on('close', (code, signal) => {
      if (code === 0) {
        succeed(parseSummary(sheetId, Buffer.concat(out).toString('utf8')));
        return;
      }
      const stderr = Buffer.concat(err).toString('utf8').trim();
      fail(new Error(`cutter exited ${code ?? signal} for ${sheetId}: ${stderr || 'no output'}`));
    });

    child.stdin.end(buildProgram(sheetId, paths));
  });
}

export async function cutPuzzle(sheets: Map<string, CutPath[]>): Promise<CutResult[]> {
  const results: CutResult[] = [];
  // The cutter owns a single blade, so sheets are cut strictly one after another.
  for (const [sheetId, paths] of sheets) {
    const result = await cutSheet(sheetId, paths);
    if (result.piecesCut !== paths.length) {
      throw new Error(`sheet ${sheetId}: expected ${paths.length} pieces, cutter reported ${result.piecesCut}`);
    }
    results.push(result);
  }
  return results;
}
