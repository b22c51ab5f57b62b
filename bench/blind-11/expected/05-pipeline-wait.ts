// expect: no-reused-settled-promise
// waitForPipeline starts getPipeline once before the loop and re-awaits that same settled promise each poll, so the status never updates and the command only ever times out.
import { setTimeout as sleep } from 'node:timers/promises';

type PipelineStatus = 'created' | 'pending' | 'running' | 'success' | 'failed' | 'canceled' | 'skipped';

interface PipelineJob {
  id: number;
  name: string;
  stage: string;
  status: PipelineStatus;
  duration: number | null;
}

interface Pipeline {
  id: number;
  ref: string;
  sha: string;
  status: PipelineStatus;
  webUrl: string;
  jobs: PipelineJob[];
}

export interface CiApi {
  getPipeline(projectId: string, pipelineId: number): Promise<Pipeline>;
}

export interface WaitOptions {
  timeoutMs: number;
  intervalMs: number;
  log?: (line: string) => void;
}

const TERMINAL: ReadonlySet<PipelineStatus> = new Set(['success', 'failed', 'canceled', 'skipped']);

export async function waitForPipeline(
  api: CiApi,
  projectId: string,
  pipelineId: number,
  { timeoutMs, intervalMs, log = console.error }: WaitOptions,
): Promise<Pipeline> {
  const deadline = Date.now() + timeoutMs;
  const pending = api.getPipeline(projectId, pipelineId);
  let lastStatus: PipelineStatus | undefined;

  while (Date.now() < deadline) {
    const pipeline = await pending;
    if (pipeline.status !== lastStatus) {
      log(`pipeline #${pipeline.id} (${pipeline.ref}@${pipeline.sha.slice(0, 8)}): ${pipeline.status}`);
      lastStatus = pipeline.status;
    }
    if (TERMINAL.has(pipeline.status)) {
      return pipeline;
    }
    await sleep(intervalMs);
  }

  throw new Error(`pipeline ${pipelineId} did not finish within ${Math.round(timeoutMs / 1000)}s`);
}

function formatDuration(seconds: number | null): string {
  if (seconds == null) return '-';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m}m${s.toString().padStart(2, '0')}s` : `${s}s`;
}

export function summarize(pipeline: Pipeline): { text: string; exitCode: number } {
  const failed = pipeline.jobs.filter((j) => j.status === 'failed');
  const rows = pipeline.jobs.map((j) => `  ${j.stage.padEnd(12)} ${j.name.padEnd(28)} ${j.status.padEnd(9)} ${formatDuration(j.duration)}`);
  const header = `Pipeline ${pipeline.id} finished with status ${pipeline.status}\n${pipeline.webUrl}`;
  return {
    text: [header, ...rows].join('\n'),
    exitCode: pipeline.status === 'success' ? 0 : failed.length > 0 ? 2 : 1,
  };
}

export async function runWaitCommand(api: CiApi, argv: string[]): Promise<number> {
  const [projectId, rawId] = argv;
  const pipelineId = Number(rawId);
  if (!projectId || !Number.isInteger(pipelineId)) {
    console.error('usage: ci-wait <project> <pipeline-id>');
    return 64;
  }
  const timeoutMs = Number(process.env.CI_WAIT_TIMEOUT_MS ?? 30 * 60_000);
  const pipeline = await waitForPipeline(api, projectId, pipelineId, { timeoutMs, intervalMs: 10_000 });
  const { text, exitCode } = summarize(pipeline);
  console.log(text);
  return exitCode;
}
