// expect: no-read-before-settle
// execFile's callback runs after the child exits, so `installed` is still '' when compareVersions reads it and the check always reports git as too old.
import { execFile } from 'node:child_process';

export interface ToolCheck {
  tool: string;
  required: string;
  installed: string;
  ok: boolean;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

export class Doctor {
  private readonly results: ToolCheck[] = [];

  checkGit(required = '2.38.0'): ToolCheck {
    let installed = '';

    execFile('git', ['--version'], { timeout: 5_000 }, (err, stdout) => {
      if (err) {
        process.stderr.write(`doctor: could not run git: ${err.message}\n`);
        return;
      }
      const match = /(\d+\.\d+\.\d+)/.exec(stdout);
      installed = match?.[1] ?? '';
    });

    const check: ToolCheck = {
      tool: 'git',
      required,
      installed: installed || 'missing',
      ok: installed !== '' && compareVersions(installed, required) >= 0,
    };
    this.results.push(check);
    return check;
  }

  report(): string {
    return this.results.map((r) => `${r.ok ? 'ok  ' : 'FAIL'} ${r.tool.padEnd(8)} ${r.installed} (needs >= ${r.required})`).join('\n');
  }
}

if (process.argv[1]?.endsWith('doctor.js')) {
  const doctor = new Doctor();
  const git = doctor.checkGit();
  console.log(doctor.report());
  process.exitCode = git.ok ? 0 : 1;
}
