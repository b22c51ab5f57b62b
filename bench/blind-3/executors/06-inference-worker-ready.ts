// expect: none
// The ready wait settles on the READY line, on process exit, on spawn error or on the startup timeout, and every path detaches the others and clears the timer, so a crashing model worker rejects instead of hanging.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface InferenceWorker {
  proc: ChildProcessWithoutNullStreams;
  model: string;
  device: string;
}

const READY_LINE = /^READY model=(\S+) device=(\S+)$/;

export function launchInferenceWorker(modelPath: string, startupTimeoutMs = 120_000): Promise<InferenceWorker> {
  const proc = spawn('python3', ['-u', '-m', 'serving.worker', '--model', modelPath], {
    env: { ...process.env, PYTHONUNBUFFERED: '1' },
  });
  proc.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[worker] ${chunk}`));

  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout });
    const detach = () => {
      clearTimeout(timer);
      lines.off('line', onLine);
      proc.off('exit', onExit);
      proc.off('error', onError);
    };
    const onLine = (line: string) => {
      const m = READY_LINE.exec(line.trim());
      if (!m) return;
      detach();
      resolve({ proc, model: m[1], device: m[2] });
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      detach();
      reject(new Error(`inference worker exited before ready (code=${code}, signal=${signal})`));
    };
    const onError = (err: Error) => {
      detach();
      reject(err);
    };
    const timer = setTimeout(() => {
      detach();
      proc.kill('SIGKILL');
      reject(new Error(`inference worker not ready after ${startupTimeoutMs}ms`));
    }, startupTimeoutMs);

    lines.on('line', onLine);
    proc.once('exit', onExit);
    proc.once('error', onError);
  });
}

export async function warmPool(modelPath: string, size: number): Promise<InferenceWorker[]> {
  const workers: InferenceWorker[] = [];
  try {
    for (let i = 0; i < size; i++) {
      const w = await launchInferenceWorker(modelPath);
      console.log(`worker ${i} ready: ${w.model} on ${w.device}`);
      workers.push(w);
    }
    return workers;
  } catch (err) {
    for (const w of workers) w.proc.kill('SIGTERM');
    throw err;
  }
}
