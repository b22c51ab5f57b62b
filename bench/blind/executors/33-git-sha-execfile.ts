// expect: no-multiple-settle
// When execFile fails the callback calls reject but does not return, so it falls through and also calls resolve with the empty stdout.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';

function gitRevParse(ref: string, cwd: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    execFile('git', ['rev-parse', '--short', ref], { cwd }, (err, stdout) => {
      if (err) {
        reject(new Error(`git rev-parse ${ref} failed: ${err.message}`));
      }
      resolve(stdout.trim());
    });
  });
}

export interface BuildInfo {
  commit: string;
  builtAt: string;
  node: string;
}

export async function writeBuildInfo(cwd: string, outFile: string): Promise<BuildInfo> {
  const info: BuildInfo = {
    commit: await gitRevParse('HEAD', cwd),
    builtAt: new Date().toISOString(),
    node: process.version,
  };
  await writeFile(outFile, JSON.stringify(info, null, 2) + '\n', 'utf8');
  return info;
}
