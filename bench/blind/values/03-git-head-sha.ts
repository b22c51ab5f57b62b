// expect: no-read-before-settle
// `output` is filled by the child's 'data' listener, which only runs later, but it is trimmed and returned right after spawn, so the SHA is always empty.

import { spawn } from 'node:child_process';

export interface BuildInfo {
  sha: string;
  builtAt: string;
}

export function currentHeadSha(cwd: string): string {
  const child = spawn('git', ['rev-parse', 'HEAD'], { cwd });
  let output = '';

  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    output += chunk;
  });
  child.on('error', (err) => {
    console.error('git failed to start', err);
  });

  return output.trim();
}

export function buildInfo(cwd: string): BuildInfo {
  return {
    sha: currentHeadSha(cwd) || 'unknown',
    builtAt: new Date().toISOString(),
  };
}
