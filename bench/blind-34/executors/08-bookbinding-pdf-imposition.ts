// expect: none
// Spawn executor handles both 'error' and 'close' with a settled guard, so a spawn failure followed by close cannot settle twice.
import { spawn } from "node:child_process";

export interface SignatureLayout {
  pagesPerSignature: 8 | 16 | 32;
  creepMm: number;
  paper: "A3" | "SRA3" | "B2";
}

export interface ImpositionJob {
  inputPdf: string;
  outputPdf: string;
  layout: SignatureLayout;
}

declare const workshopLog: {
  info(msg: string): void;
  warn(msg: string): void;
};

function buildArgs(job: ImpositionJob): string[] {
  return [
    "--in", job.inputPdf,
    "--out", job.outputPdf,
    "--signature", String(job.layout.pagesPerSignature),
    "--creep", job.layout.creepMm.toFixed(2),
    "--sheet", job.layout.paper,
  ];
}

export function impose(job: ImpositionJob, binary = "imposer"): Promise<{ signatures: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, buildArgs(job), { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let settled = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.once("error", (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    child.once("close", (code, signal) => {
      if (settled) return;
      settled = true;
      if (code !== 0) {
        reject(new Error(`imposer exited ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      const match = /signatures=(\d+)/.exec(stdout);
      resolve({ signatures: match ? Number(match[1]) : 0 });
    });
  });
}

export function sheetsNeeded(pageCount: number, layout: SignatureLayout): number {
  const signatures = Math.ceil(pageCount / layout.pagesPerSignature);
  const pagesPerSheet = layout.pagesPerSignature / 2;
  return signatures * Math.ceil(layout.pagesPerSignature / pagesPerSheet);
}

export async function imposeEdition(jobs: ImpositionJob[]): Promise<number> {
  let total = 0;
  for (const job of jobs) {
    const { signatures } = await impose(job);
    if (signatures === 0) {
      workshopLog.warn(`no signatures reported for ${job.inputPdf}`);
    }
    total += signatures;
    workshopLog.info(`imposed ${job.inputPdf} into ${signatures} signatures`);
  }
  return total;
}
