// expect: require-signal-propagation
// runSpliceJob hands its signal to the planner fetch and the file write but not to the execFile options, so an aborted job leaves the ten-minute splice simulation running.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

const execFileAsync = promisify(execFile);

export interface SpliceJob {
  jobId: string;
  cableId: string;
  repeaterKm: number;
  fibrePairs: number;
  vessel: string;
}

interface SplicePlan {
  jobId: string;
  jointType: 'universal' | 'armoured-universal';
  fibreOrder: number[];
  expectedLossDb: number;
}

export interface SpliceOutcome {
  jobId: string;
  simulatedLossDb: number;
  withinBudget: boolean;
  planPath: string;
}

declare const PLANNER_URL: string;
declare const WORK_DIR: string;
declare const SIMULATOR_BIN: string;

const LOSS_BUDGET_DB = 0.15;

async function fetchPlan(job: SpliceJob, signal: AbortSignal): Promise<SplicePlan> {
  const response = await fetch(`${PLANNER_URL}/cables/${job.cableId}/jobs/${job.jobId}/plan`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!response.ok) throw new Error(`planner returned ${response.status} for job ${job.jobId}`);
  return (await response.json()) as SplicePlan;
}

function parseSimulatorOutput(stdout: string): number {
  const match = /total_loss_db=([\d.]+)/.exec(stdout);
  if (!match) throw new Error('splice simulator did not report a total loss');
  return Number(match[1]);
}

export async function runSpliceJob(job: SpliceJob, { signal }: { signal: AbortSignal }): Promise<SpliceOutcome> {
  const plan = await fetchPlan(job, signal);
  if (plan.fibreOrder.length !== job.fibrePairs * 2) {
    throw new Error(`plan for ${job.jobId} covers ${plan.fibreOrder.length} fibres, cable has ${job.fibrePairs * 2}`);
  }

  const jobDir = join(WORK_DIR, job.cableId);
  await mkdir(jobDir, { recursive: true });
  const planPath = join(jobDir, `${job.jobId}.plan.json`);
  await writeFile(planPath, JSON.stringify(plan, null, 2), { signal });

  const { stdout } = await execFileAsync(
    SIMULATOR_BIN,
    ['--plan', planPath, '--joint', plan.jointType, '--repeater-km', String(job.repeaterKm)],
    { timeout: 10 * 60_000, maxBuffer: 4 * 1024 * 1024 },
  );
  const simulatedLossDb = parseSimulatorOutput(stdout);

  return {
    jobId: job.jobId,
    simulatedLossDb,
    withinBudget: simulatedLossDb <= Math.min(plan.expectedLossDb * 1.2, LOSS_BUDGET_DB),
    planPath,
  };
}

export async function runVoyage(jobs: readonly SpliceJob[], signal: AbortSignal): Promise<SpliceOutcome[]> {
  const outcomes: SpliceOutcome[] = [];
  for (const job of [...jobs].sort((a, b) => a.repeaterKm - b.repeaterKm)) {
    signal.throwIfAborted();
    outcomes.push(await runSpliceJob(job, { signal }));
  }
  return outcomes;
}
