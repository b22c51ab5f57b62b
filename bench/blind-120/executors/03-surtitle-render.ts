// expect: no-multiple-settle
// When the renderer exits with a non-zero code the close handler rejects and then falls through and resolves as well.
import { spawn } from 'node:child_process';

export interface CueLine {
  cueId: string;
  startMs: number;
  endMs: number;
  text: string;
  lang: string;
}

export interface RenderResult {
  outputPath: string;
  cueCount: number;
  warnings: string[];
}

export function renderSurtitleTrack(
  cues: CueLine[],
  outputPath: string,
  binary = 'surtitle-render',
): Promise<RenderResult> {
  return new Promise<RenderResult>((resolve, reject) => {
    const child = spawn(binary, ['--format', 'srt', '--out', outputPath], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const warnings: string[] = [];
    let stderr = '';
    let spawnFailed = false;

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (line.startsWith('WARN ')) warnings.push(line.slice(5));
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => {
      spawnFailed = true;
      reject(err);
    });

    child.on('close', (code, signal) => {
      if (spawnFailed) return;
      if (code !== 0) {
        reject(new Error(`surtitle-render exited with ${code ?? signal}: ${stderr.trim()}`));
      }
      resolve({ outputPath, cueCount: cues.length, warnings });
    });

    for (const cue of cues) {
      child.stdin.write(JSON.stringify(cue) + '\n');
    }
    child.stdin.end();
  });
}

function groupByLanguage(cues: CueLine[]): Map<string, CueLine[]> {
  const groups = new Map<string, CueLine[]>();
  for (const cue of cues) {
    const list = groups.get(cue.lang) ?? [];
    list.push(cue);
    groups.set(cue.lang, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.startMs - b.startMs);
  return groups;
}

export async function renderAllLanguages(cues: CueLine[], outDir: string): Promise<RenderResult[]> {
  const results: RenderResult[] = [];
  // the renderer holds an exclusive lock on the font cache, run one language at a time
  for (const [lang, list] of groupByLanguage(cues)) {
    results.push(await renderSurtitleTrack(list, `${outDir}/surtitles.${lang}.srt`));
  }
  return results;
}
