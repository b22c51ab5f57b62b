// expect: no-multiple-settle
// The deadline timer is never cleared when the build finishes first, so after a successful build the CLI stays alive for the full 45 minutes and then the timer still fires, cancelling the finished build and logging a bogus timeout.
declare const builds: {
  start(spec: BuildSpec): Promise<{ id: string; logsUrl: string }>;
  waitForCompletion(id: string): Promise<BuildResult>;
  cancel(id: string, reason: string): Promise<void>;
};

declare const ui: {
  info(msg: string): void;
  error(msg: string): void;
};

export interface BuildSpec {
  repo: string;
  ref: string;
  dockerfile: string;
  tags: string[];
}

export interface BuildResult {
  status: 'SUCCESS' | 'FAILURE';
  imageDigest?: string;
  durationSec: number;
}

function withDeadline<T>(work: Promise<T>, ms: number, onExpire: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => {
      onExpire();
      reject(new Error(`deadline of ${Math.round(ms / 60_000)} min exceeded`));
    }, ms);
    work.then(resolve, reject);
  });
}

export async function buildImage(spec: BuildSpec, deadlineMs = 45 * 60_000): Promise<string> {
  const { id, logsUrl } = await builds.start(spec);
  ui.info(`build ${id} started, logs: ${logsUrl}`);

  const result = await withDeadline(builds.waitForCompletion(id), deadlineMs, () => {
    ui.error(`build ${id} took too long, cancelling`);
    builds.cancel(id, 'client deadline').catch((err) => ui.error(`cancel failed: ${String(err)}`));
  });

  if (result.status !== 'SUCCESS' || !result.imageDigest) {
    throw new Error(`build ${id} failed after ${result.durationSec}s, see ${logsUrl}`);
  }
  ui.info(`built ${spec.tags.join(', ')} -> ${result.imageDigest}`);
  return result.imageDigest;
}

export async function main(argv: string[]): Promise<number> {
  const [repo, ref = 'main'] = argv;
  if (!repo) {
    ui.error('usage: build <repo> [ref]');
    return 2;
  }
  try {
    await buildImage({ repo, ref, dockerfile: 'Dockerfile', tags: [`${repo}:${ref}`] });
    return 0;
  } catch (err) {
    ui.error(String(err));
    return 1;
  }
}
