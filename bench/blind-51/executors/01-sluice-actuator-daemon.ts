// expect: no-multiple-settle
// startActuatorDaemon settles only when a READY line appears; if the daemon crashes, fails to spawn or exits early, the promise never settles.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

export type GateSide = 'upstream' | 'downstream';

export interface ActuatorDaemon {
  cottageId: string;
  port: number;
  process: ChildProcessWithoutNullStreams;
  startedAt: Date;
}

export interface DaemonOptions {
  cottageId: string;
  gates: GateSide[];
  calibrationFile?: string;
  verbose?: boolean;
}

declare const keeperLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

declare const actuatorConfig: {
  binaryPath: string;
  env: Record<string, string>;
  defaultCalibration: string;
};

const READY_PATTERN = /^READY port=(\d+)\s*$/;
const WARN_PATTERN = /^WARN (.*)$/;

function buildArgs(options: DaemonOptions): string[] {
  const args = ['--cottage', options.cottageId];
  for (const gate of options.gates) {
    args.push('--gate', gate);
  }
  args.push('--calibration', options.calibrationFile ?? actuatorConfig.defaultCalibration);
  if (options.verbose) args.push('--verbose');
  return args;
}

export function startActuatorDaemon(options: DaemonOptions): Promise<ActuatorDaemon> {
  if (options.gates.length === 0) {
    return Promise.reject(new Error(`cottage ${options.cottageId} has no gates configured`));
  }

  return new Promise<ActuatorDaemon>((resolve) => {
    const child = spawn(actuatorConfig.binaryPath, buildArgs(options), {
      env: { ...process.env, ...actuatorConfig.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });

    const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      keeperLog.warn('actuator stderr', { cottageId: options.cottageId, chunk: chunk.trim() });
    });

    lines.on('line', (line) => {
      const warn = WARN_PATTERN.exec(line);
      if (warn) {
        keeperLog.warn('actuator warning', { cottageId: options.cottageId, detail: warn[1] });
        return;
      }
      const ready = READY_PATTERN.exec(line);
      if (!ready) return;

      lines.close();
      const port = Number(ready[1]);
      keeperLog.info('actuator daemon ready', { cottageId: options.cottageId, port, pid: child.pid });
      resolve({ cottageId: options.cottageId, port, process: child, startedAt: new Date() });
    });
  });
}

export async function stopActuatorDaemon(daemon: ActuatorDaemon, graceMs = 2_000): Promise<void> {
  if (daemon.process.exitCode !== null) return;
  daemon.process.stdin.end('SHUTDOWN\n');
  const exited = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      daemon.process.off('exit', onExit);
      resolve(false);
    }, graceMs);
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    daemon.process.once('exit', onExit);
  });
  if (!exited) {
    keeperLog.warn('actuator did not stop in time, killing', { cottageId: daemon.cottageId });
    daemon.process.kill('SIGKILL');
  }
}
