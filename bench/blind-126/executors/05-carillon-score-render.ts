// expect: none
// The renderer promise settles through one guarded pair of functions and every 'close' outcome, including a signal kill with a null code, leads to resolve or reject.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';

export interface RecitalPiece {
  title: string;
  composer: string;
  arranger?: string;
  scorePath: string;
}

export interface RenderedPiece {
  title: string;
  rollPath: string;
  bytes: number;
  bellsUsed: number;
}

const RENDERER = process.env.CARILLON_RENDER_BIN ?? '/usr/local/bin/carillon-roll';
const BELL_COUNT = 49;

function rollPathFor(piece: RecitalPiece): string {
  return piece.scorePath.replace(/\.ly$/, '') + '.roll';
}

export function renderPiece(piece: RecitalPiece, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const output = rollPathFor(piece);
    const child = spawn(RENDERER, ['--bells', String(BELL_COUNT), '--out', output, piece.scorePath], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let settled = false;

    const watchdog = setTimeout(() => {
      child.kill('SIGTERM');
    }, timeoutMs);

    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      reject(err);
    };
    const succeed = (path: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      resolve(path);
    };

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (code === 0) {
        succeed(output);
      } else if (code !== null) {
        fail(new Error(`renderer exited with ${code} for "${piece.title}": ${stderr.trim()}`));
      } else {
        fail(new Error(`renderer killed by ${signal ?? 'unknown signal'} while rendering "${piece.title}"`));
      }
    });
  });
}

export async function renderProgram(pieces: RecitalPiece[]): Promise<RenderedPiece[]> {
  const rendered: RenderedPiece[] = [];
  for (const piece of pieces) {
    const rollPath = await renderPiece(piece);
    const info = await stat(rollPath);
    rendered.push({ title: piece.title, rollPath, bytes: info.size, bellsUsed: BELL_COUNT });
  }
  return rendered;
}
