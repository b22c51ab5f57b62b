// expect: none
// Both executors settle exactly once: execFile's callback returns after reject, and the spawn wrapper handles 'error' and 'close' behind a settled flag.
import { execFile, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';

export interface StringRig {
  puppet: string;
  controlBar: 'horizontal' | 'vertical' | 'paddle';
  strings: Array<{ from: string; to: string; lengthCm: number }>;
}

declare const RIGPLOT_BIN: string;
declare const workshopFiles: { tempPath(name: string): string };

export function rigplotVersion(): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    execFile(RIGPLOT_BIN, ['--version'], { timeout: 5_000 }, (err, stdout) => {
      if (err) {
        reject(err);
        return;
      }
      const version = stdout.trim().split(/\s+/).pop();
      if (!version) {
        reject(new Error('rigplot printed no version'));
        return;
      }
      resolve(version);
    });
  });
}

function runPlot(inputPath: string, format: 'svg' | 'pdf'): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const child = spawn(RIGPLOT_BIN, ['--format', format, inputPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    let settled = false;

    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      stderr += text;
    });

    child.once('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    child.once('close', (code, signal) => {
      if (settled) return;
      settled = true;
      if (code === 0) {
        resolve(Buffer.concat(chunks));
      } else {
        reject(new Error(`rigplot exited ${code ?? signal}: ${stderr.trim().slice(0, 500)}`));
      }
    });
  });
}

function toRigFile(rig: StringRig): string {
  const header = `puppet ${rig.puppet}\nbar ${rig.controlBar}\n`;
  const body = rig.strings
    .filter((s) => s.lengthCm > 0)
    .map((s) => `string ${s.from} -> ${s.to} ${s.lengthCm.toFixed(1)}cm`)
    .join('\n');
  return `${header}${body}\n`;
}

export async function plotRig(rig: StringRig, format: 'svg' | 'pdf' = 'svg'): Promise<Buffer> {
  const version = await rigplotVersion();
  if (!version.startsWith('3.')) {
    throw new Error(`rigplot ${version} cannot draw paddle bars; need 3.x`);
  }
  const inputPath = workshopFiles.tempPath(`${rig.puppet}.rig`);
  await writeFile(inputPath, toRigFile(rig), 'utf8');
  return runPlot(inputPath, format);
}
