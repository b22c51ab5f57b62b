// expect: require-signal-propagation
// bug: `publishEnd` receives the caller's signal and passes it to fetch, but not to the `execFile` render call, so cancelling leaves the scoreboard renderer process running.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const execFileAsync = promisify(execFile);

export interface EndResult {
  rink: number;
  end: number;
  scoringSide: 'home' | 'away' | 'dead';
  shots: number;
}

export interface RinkScore {
  rink: number;
  home: number;
  away: number;
  endsPlayed: number;
}

const RENDERER = '/opt/bowls/bin/render-board';
const BOARD_URL = 'https://greens.example/club/boards';

export function applyEnd(score: RinkScore, result: EndResult): RinkScore {
  if (result.rink !== score.rink) {
    throw new Error(`end for rink ${result.rink} applied to rink ${score.rink}`);
  }
  if (result.end !== score.endsPlayed + 1) {
    throw new Error(`rink ${score.rink}: expected end ${score.endsPlayed + 1}, got ${result.end}`);
  }
  return {
    rink: score.rink,
    home: score.home + (result.scoringSide === 'home' ? result.shots : 0),
    away: score.away + (result.scoringSide === 'away' ? result.shots : 0),
    endsPlayed: result.scoringSide === 'dead' ? score.endsPlayed : score.endsPlayed + 1,
  };
}

export async function publishEnd(
  green: string,
  score: RinkScore,
  options: { signal: AbortSignal; width?: number },
): Promise<string> {
  const { signal, width = 640 } = options;
  const input = join(tmpdir(), `rink-${green}-${score.rink}.json`);
  await writeFile(input, JSON.stringify(score), { signal });

  const { stdout } = await execFileAsync(RENDERER, ['--input', input, '--width', String(width), '--format', 'png-base64'], {
    timeout: 30_000,
    maxBuffer: 8 * 1024 * 1024,
  });

  const response = await fetch(`${BOARD_URL}/${encodeURIComponent(green)}/rinks/${score.rink}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ image: stdout.trim(), home: score.home, away: score.away, ends: score.endsPlayed }),
    signal,
  });
  if (!response.ok) {
    throw new Error(`scoreboard rejected rink ${score.rink}: ${response.status}`);
  }
  return response.headers.get('etag') ?? '';
}

export async function publishAll(green: string, scores: RinkScore[], signal: AbortSignal): Promise<Map<number, string>> {
  const etags = new Map<number, string>();
  for (const score of scores) {
    signal.throwIfAborted();
    etags.set(score.rink, await publishEnd(green, score, { signal }));
  }
  return etags;
}
