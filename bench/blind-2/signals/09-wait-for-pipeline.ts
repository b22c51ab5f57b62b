// expect: require-signal-propagation
// The back-off between polls is a plain setTimeout promise that ignores the signal, so after Ctrl+C the CLI keeps sleeping for up to 60s before the next getPipeline call finally notices the abort.
type PipelineStatus = 'created' | 'pending' | 'running' | 'success' | 'failed' | 'canceled' | 'skipped' | 'manual';

interface Pipeline {
  id: number;
  status: PipelineStatus;
  web_url: string;
  duration: number | null;
}

interface Job {
  id: number;
  name: string;
  stage: string;
  web_url: string;
}

declare const gitlab: {
  getPipeline(projectId: number, pipelineId: number, opts?: { signal?: AbortSignal }): Promise<Pipeline>;
  getFailedJobs(projectId: number, pipelineId: number, opts?: { signal?: AbortSignal }): Promise<Job[]>;
};

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function waitForPipeline(
  projectId: number,
  pipelineId: number,
  signal: AbortSignal,
  log: (line: string) => void = console.log,
): Promise<Pipeline> {
  let backoff = 2_000;
  let lastStatus: PipelineStatus | undefined;

  for (;;) {
    const pipeline = await gitlab.getPipeline(projectId, pipelineId, { signal });
    if (pipeline.status !== lastStatus) {
      log(`pipeline #${pipeline.id}: ${pipeline.status}`);
      lastStatus = pipeline.status;
      backoff = 2_000;
    }

    switch (pipeline.status) {
      case 'success':
      case 'skipped':
        return pipeline;
      case 'canceled':
        throw new Error(`pipeline #${pipeline.id} was canceled: ${pipeline.web_url}`);
      case 'failed': {
        const jobs = await gitlab.getFailedJobs(projectId, pipelineId, { signal });
        const names = jobs.map((j) => `${j.stage}/${j.name}`).join(', ') || 'unknown jobs';
        throw new Error(`pipeline #${pipeline.id} failed in ${names}: ${pipeline.web_url}`);
      }
      default:
        break;
    }

    await delay(backoff);
    backoff = Math.min(backoff * 2, 60_000);
  }
}

export async function cli(projectId: number, pipelineId: number): Promise<void> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    const done = await waitForPipeline(projectId, pipelineId, controller.signal);
    console.log(`✔ ${done.web_url} (${done.duration ?? '?'}s)`);
  } finally {
    process.off('SIGINT', stop);
  }
}
