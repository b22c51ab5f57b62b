// expect: none
// The grader executor listens for both 'error' and 'close' on the child process and funnels them through a settle-once guard.
import { spawn } from 'node:child_process';

export interface TrayImage {
  trayId: string;
  imagePath: string;
  harvestedAt: string;
}

export interface GradeReport {
  trayId: string;
  grade: 'I' | 'II' | 'III' | 'reject';
  stigmaCount: number;
  crocinScore: number;
}

declare const graderConfig: {
  binary: string;
  modelPath: string;
  maxRuntimeMs: number;
};

declare const trayLedger: {
  recordGrade(report: GradeReport): Promise<void>;
  flagForManualReview(trayId: string, reason: string): Promise<void>;
};

function parseGraderOutput(trayId: string, stdout: string): GradeReport {
  const parsed = JSON.parse(stdout) as { grade: string; stigma_count: number; crocin: number };
  const grade = (['I', 'II', 'III'] as const).find((g) => g === parsed.grade) ?? 'reject';
  return { trayId, grade, stigmaCount: parsed.stigma_count, crocinScore: parsed.crocin };
}

export function gradeTray(tray: TrayImage): Promise<GradeReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(graderConfig.binary, ['--model', graderConfig.modelPath, '--image', tray.imagePath], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: graderConfig.maxRuntimeMs,
    });

    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));

    let settled = false;
    const finish = (error: Error | null, report?: GradeReport) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(report!);
    };

    child.on('error', (spawnErr) => finish(spawnErr));
    child.on('close', (code, signal) => {
      if (code !== 0) {
        const detail = Buffer.concat(err).toString('utf8').trim();
        finish(new Error(`grader exited with ${signal ?? code} for tray ${tray.trayId}: ${detail}`));
        return;
      }
      try {
        finish(null, parseGraderOutput(tray.trayId, Buffer.concat(out).toString('utf8')));
      } catch (parseErr) {
        finish(parseErr as Error);
      }
    });
  });
}

export async function gradeHarvest(trays: readonly TrayImage[]): Promise<GradeReport[]> {
  const reports: GradeReport[] = [];
  for (const tray of trays) {
    try {
      const report = await gradeTray(tray);
      await trayLedger.recordGrade(report);
      reports.push(report);
    } catch (e) {
      await trayLedger.flagForManualReview(tray.trayId, e instanceof Error ? e.message : String(e));
    }
  }
  return reports;
}
