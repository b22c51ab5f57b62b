import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';

import { UsageError } from './args.js';
import type { LintOutcome, LintRequest } from './lint.js';
import { currentRssMiB, peakRssMiB } from './memory.js';
import type { Project } from './project.js';
import { relativePath } from './project.js';
import type { WorkerMessage, WorkerRequest } from './worker.js';

/*
 * Several projects are linted apart from the CLI's own process, in child processes (`worker.js`).
 * A child lints projects one after another (sharing the parser's caches) only while its peak memory
 * plus what the next project can add stays within 1.5× the largest project's own peak (see
 * {@link mayReuse}); otherwise it exits, which releases everything it held, and a fresh child
 * takes over. Large projects so get a process each (one process for four 300-file projects grew to
 * 2.4× the largest one's peak), while small ones share a warm process (a 40-file project: 5.0 s
 * alone, 2.6 s in a warm child).
 * `--concurrency` runs that many children at once, the largest projects first.
 *
 * One small project is linted in this process; a large one in one child, whose heap can be sized to
 * the machine (Node's default of about 4 GiB ran out on a 394-file database driver). A project's files
 * are never split across processes, because every
 * process would build and check the whole program again (measured on a 1,200-file project split in
 * two on 2 cores: 36.6 s instead of 37.5 s, for 1.7× the memory).
 */

/** `--concurrency`: how many projects are linted at once. */
export type Concurrency = number | 'auto';

/** Resident memory one project needs, in MiB, from its file count (measured on the bench corpus: 0.8 GiB for 300 files, 1.7 GiB for 1,200), with a margin. */
export function estimatedProjectMiB(files: number): number {
  return Math.round(1.25 * (500 + 1.1 * files));
}

/** How the projects are spread: how many children at once, and how much memory each may grow to. */
export interface Plan {
  workers: number;
  /**
   * `auto`: the share of the free memory each child may use (MiB) by linting several projects in
   * one process, which is faster than a fresh process per project; otherwise a child keeps within
   * 1.5× the largest project's peak (see {@link mayReuse}).
   */
  memoryPerWorkerMiB?: number;
}

/** The share of the free memory `auto` plans to use. */
const autoMemoryShare = 0.75;

/**
 * How many projects to lint at once. `auto`: one per core, as long as the memory available holds
 * that many of the largest project (and never more than there are projects; 1 when only one fits),
 * each child free to lint several projects within its share of that memory.
 */
export function planWorkers(
  concurrency: Concurrency,
  projects: readonly Project[],
  machine: { cores: number; availableMiB: number } = { cores: os.availableParallelism(), availableMiB: availableMiB() },
): Plan {
  if (projects.length <= 1) return { workers: 1 };
  if (concurrency !== 'auto') return { workers: Math.min(concurrency, projects.length) };
  const largest = Math.max(...projects.map((project) => project.files.length));
  const budget = autoMemoryShare * machine.availableMiB;
  const workers = Math.max(1, Math.min(machine.cores, projects.length, Math.floor(budget / estimatedProjectMiB(largest))));
  return { workers, memoryPerWorkerMiB: Math.floor(budget / workers) };
}

/**
 * A project with more files than this is linted in a child process, even alone: its heap can then be
 * sized to the machine. Node's default heap (about 4 GiB) is not enough for every large project: a
 * database driver's 394 files with heavily generic types need more than that for the type-check alone.
 */
const inProcessFiles = 150;

/** What sizes a child's heap: node's flags for this process, the free memory and this process's own heap limit (MiB). */
export interface HeapMachine {
  flags: readonly string[];
  availableMiB: number;
  ownHeapMiB: number;
}

/**
 * The heap each of `workers` children gets (MiB): their share of three quarters of the free memory,
 * when that is more than this process's own heap limit and the user has not set one
 * (`--max-old-space-size` in NODE_OPTIONS or on node's command line, which the children inherit).
 */
export function childHeapMiB(
  workers: number,
  machine: HeapMachine = {
    flags: [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)],
    availableMiB: availableMiB(),
    ownHeapMiB: Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20),
  },
): number | undefined {
  if (machine.flags.some((flag) => /^--max[-_]old[-_]space[-_]size\b/.test(flag))) return undefined;
  const share = Math.floor((autoMemoryShare * machine.availableMiB) / Math.max(1, workers));
  return share > machine.ownHeapMiB ? share : undefined;
}

/** Whether the request's projects are linted in this process: one project of at most {@link inProcessFiles} files, or no larger heap to give a child. */
export function lintsInProcess(projects: readonly Project[], heapMiB: number | undefined): boolean {
  return projects.length <= 1 && (heapMiB === undefined || (projects[0]?.files.length ?? 0) <= inProcessFiles);
}

/** Memory this machine (or the container's memory limit) has free, in MiB. */
function availableMiB(): number {
  const free = os.freemem();
  const limit = process.constrainedMemory?.() ?? 0;
  const used = process.memoryUsage.rss();
  return Math.floor((limit > 0 && limit < os.totalmem() ? Math.min(free, limit - used) : free) / 2 ** 20);
}

/** One project's share of a run, for `--stats`. */
export interface ProjectRun {
  tsconfig: string;
  files: number;
  /** Wall clock milliseconds from start to outcome (the child's start-up included). */
  wall: number;
  /** Peak resident memory of the process that linted it (with its native compiler, on tsgo), MiB. */
  peakRssMiB: number;
  outcome: LintOutcome;
}

/** How the pool reports progress: files done over all projects, and the projects being linted. */
export type PoolProgress = (done: number, total: number, running: readonly string[]) => void;

/** How far above the largest project's own peak a child that lints several projects may go. */
const reuseLimit = 1.5;
/** What a child's next project adds to its peak, as a share of what its first project took, until a second one shows it (measured: 0.55 to 0.65). */
const firstGrowth = 0.7;

/** What a child's reuse is weighed against. */
export interface ReuseLimits {
  /** The largest first-project peak of a child in the run: a stand-in for the largest project linted alone (MiB). */
  largestPeak: number;
  /** What this process holds beside the children (MiB): a project linted alone is one process, this run is two. */
  besideMiB?: number;
  /** The memory `auto` gave each child (MiB), if any. */
  memoryPerWorkerMiB?: number;
}

/**
 * Whether a child that has linted projects may take another: its peak so far plus the growth it can
 * expect, with this process beside it, stays within {@link reuseLimit} times the largest project's
 * peak, or within the memory `auto` gave it.
 */
export function mayReuse(
  child: { startRss: number; firstPeak: number; peak: number; growth?: number | undefined },
  { largestPeak, besideMiB = 0, memoryPerWorkerMiB = 0 }: ReuseLimits,
): boolean {
  const growth = child.growth ?? firstGrowth * (child.firstPeak - child.startRss);
  return child.peak + growth <= Math.max(reuseLimit * largestPeak - besideMiB, memoryPerWorkerMiB);
}

/**
 * Lints the request's projects: in this process when there is one of at most {@link inProcessFiles}
 * files (or no more heap to give a child), otherwise in child processes with a heap sized to the free memory,
 * `plan.workers` at a time. Resolves to the merged outcome and one {@link ProjectRun} per project (in the
 * request's order); rejects with the first project's error, stopping the others.
 */
export async function lintAll(
  request: LintRequest,
  plan: Plan,
  onProgress?: PoolProgress,
): Promise<{ outcome: LintOutcome; runs: ProjectRun[] }> {
  const total = request.projects.reduce((sum, project) => sum + project.files.length, 0);
  const heap = childHeapMiB(plan.workers);
  if (lintsInProcess(request.projects, heap)) {
    const started = Date.now();
    const { lintProjects } = await import('./lint.js');
    const running = request.projects.map((project) => projectName(request.cwd, project));
    const outcome = await lintProjects({ ...request, onProgress: (done) => onProgress?.(done, total, running) });
    const runs = request.projects.map((project) => ({
      tsconfig: project.tsconfig,
      files: project.files.length,
      wall: Date.now() - started,
      peakRssMiB: peakRssMiB(),
      outcome,
    }));
    return { outcome, runs };
  }
  const { onProgress: _callback, ...shared } = request;
  const runs: (ProjectRun | undefined)[] = request.projects.map(() => undefined);
  const done = request.projects.map(() => 0);
  const running = new Map<number, string>();
  const children = new Set<Child>();
  const report = (): void =>
    onProgress?.(
      done.reduce((sum, count) => sum + count, 0),
      total,
      [...running.values()],
    );
  // Largest first: the longest project starts at once instead of running alone at the end, and a
  // child's first project is the largest it will lint.
  const order = request.projects
    .map((_, index) => index)
    .sort((a, b) => request.projects[b]!.files.length - request.projects[a]!.files.length);
  let next = 0;
  let failed = false;
  let largestPeak = 0;
  const besideMiB = currentRssMiB();
  const lane = async (): Promise<void> => {
    let child: Child | undefined;
    try {
      while (next < order.length && !failed) {
        const index = order[next++]!;
        const project = request.projects[index]!;
        running.set(index, projectName(request.cwd, project));
        report();
        const started = Date.now();
        child ??= await startChild(children, relativePath(request.cwd, project.tsconfig), heap);
        const result = await child.lint({ ...shared, projects: [project] }, (count) => {
          done[index] = count;
          report();
        });
        running.delete(index);
        done[index] = project.files.length;
        runs[index] = { tsconfig: project.tsconfig, files: project.files.length, wall: Date.now() - started, ...result };
        report();
        if (child.firstPeak === undefined) child.firstPeak = result.peakRssMiB;
        else child.growth = result.peakRssMiB - child.peak;
        child.peak = result.peakRssMiB;
        largestPeak = Math.max(largestPeak, child.firstPeak);
        if (!mayReuse({ ...child, firstPeak: child.firstPeak }, { largestPeak, besideMiB, ...plan })) {
          // Waits for it to exit: two children alive at once would add up.
          await child.stop();
          child = undefined;
        }
      }
      await child?.stop();
    } catch (error) {
      failed = true;
      for (const each of children) each.kill();
      throw error;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, plan.workers) }, lane));
  const finished = runs as ProjectRun[];
  return { outcome: merged(finished.map((run) => run.outcome)), runs: finished };
}

function projectName(cwd: string, project: Project): string {
  return relativePath(cwd, path.dirname(project.tsconfig));
}

/** The outcomes of several projects as one, results sorted by file as a single run sorts them. */
function merged(outcomes: readonly LintOutcome[]): LintOutcome {
  return {
    results: outcomes.flatMap((outcome) => outcome.results).sort((a, b) => a.filePath.localeCompare(b.filePath)),
    applied: outcomes.flatMap((outcome) => outcome.applied),
    refused: outcomes.flatMap((outcome) => outcome.refused),
    verifyTime: {
      lint: outcomes.reduce((sum, outcome) => sum + outcome.verifyTime.lint, 0),
      typeCheck: outcomes.reduce((sum, outcome) => sum + outcome.verifyTime.typeCheck, 0),
    },
    ignored: outcomes.reduce((sum, outcome) => sum + outcome.ignored, 0),
    backends: new Set(outcomes.flatMap((outcome) => [...outcome.backends])),
    notes: outcomes.flatMap((outcome) => outcome.notes),
  };
}

/** A child process that lints projects one at a time. */
interface Child {
  /** Its resident memory once started, before any project (MiB). */
  startRss: number;
  /** The peak of the first project it linted (MiB). */
  firstPeak?: number;
  /** Its peak so far (MiB). */
  peak: number;
  /** What its last project added to its peak (MiB), once it has linted two. */
  growth?: number;
  lint(request: WorkerRequest, onProgress: (done: number) => void): Promise<{ outcome: LintOutcome; peakRssMiB: number }>;
  /** Lets it exit; resolves when it has. */
  stop(): Promise<void>;
  kill(): void;
}

/** Starts a child (`worker.js`) and waits until it has loaded ESLint, TypeScript and the rules. */
function startChild(children: Set<Child>, first: string, heapMiB: number | undefined): Promise<Child> {
  // Structured clone carries the outcome's Set and results as they are; the child's own output
  // goes to stderr, never into a report on stdout.
  const worker = fork(new URL('./worker.js', import.meta.url), [], {
    ...(heapMiB === undefined ? {} : { execArgv: [...process.execArgv, `--max-old-space-size=${heapMiB}`] }),
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stderr = '';
  worker.stdout!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  worker.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let shown = first;
  let waiting:
    { resolve: (message: WorkerMessage) => void; reject: (error: Error) => void; onProgress?: (done: number) => void } | undefined;
  let exited: Error | undefined;
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'progress') waiting?.onProgress?.(message.done);
    else {
      const current = waiting;
      waiting = undefined;
      current?.resolve(message);
    }
  });
  const end = (error: Error): void => {
    exited = error;
    const current = waiting;
    waiting = undefined;
    current?.reject(error);
  };
  worker.on('error', (error) => end(new UsageError(`could not start a process to lint ${shown}: ${error.message}`)));
  worker.on('exit', (code, signal) => {
    children.delete(child);
    end(new UsageError(`linting ${shown} stopped: ${death(code, signal, stderr)}`));
  });
  const next = (onProgress?: (done: number) => void): Promise<WorkerMessage> =>
    exited
      ? Promise.reject(exited)
      : new Promise((resolve, reject) => (waiting = { resolve, reject, ...(onProgress ? { onProgress } : {}) }));
  const child: Child = {
    startRss: 0,
    peak: 0,
    async lint(request, onProgress) {
      shown = relativePath(request.cwd, request.projects[0]!.tsconfig);
      const answer = next(onProgress);
      worker.send(request);
      const message = await answer;
      if (message.type === 'error') throw workerError(message);
      if (message.type !== 'done') throw new UsageError(`linting ${shown} stopped: the worker answered ${message.type}`);
      if (stderr) {
        process.stderr.write(stderr);
        stderr = '';
      }
      return message;
    },
    stop() {
      children.delete(child);
      if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
      const gone = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      if (worker.connected) worker.send('exit');
      return gone;
    },
    kill() {
      worker.kill();
    },
  };
  children.add(child);
  return next().then((message) => {
    if (message.type === 'error') throw workerError(message);
    child.startRss = message.type === 'ready' ? message.rssMiB : 0;
    return child;
  });
}
/** The worker's error as the CLI's own kind of error, so that `run` prints the same one line. */
function workerError(message: Extract<WorkerMessage, { type: 'error' }>): Error {
  if (message.kind === 'usage') return new UsageError(message.message);
  const error = new Error(message.message);
  if (message.kind === 'setup') Object.assign(error, { name: 'SetupError', reason: message.reason ?? message.message });
  return error;
}

/** Why a child ended without an answer, in a few words. */
function death(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  if (/heap out of memory|Reached heap limit/i.test(stderr)) {
    return 'out of memory (lower --concurrency, or raise the heap with NODE_OPTIONS=--max-old-space-size=<MiB>)';
  }
  const last = stderr.trim().split('\n').at(-1);
  const how = signal === null ? `exit code ${code}` : `signal ${signal}${signal === 'SIGKILL' ? ' (killed; out of memory?)' : ''}`;
  return last ? `${how}: ${last}` : how;
}
