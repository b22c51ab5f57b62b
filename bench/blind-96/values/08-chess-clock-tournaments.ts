// expect: none
// engineVersion is written by a 'ready' listener registered before start() awaits once(engine, 'ready'), and listeners run in registration order, so by the time the await resumes the property has been set and reading it is safe.
import { EventEmitter, once } from 'node:events';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Evaluation {
  fen: string;
  depth: number;
  scoreCp: number;
}

export class AdjudicationEngine extends EventEmitter {
  private proc: ChildProcessWithoutNullStreams | undefined;
  engineVersion = 'unknown';
  lastEval: Evaluation | undefined;

  constructor(private readonly binary: string) {
    super();
  }

  async start(): Promise<string> {
    const proc = spawn(this.binary, [], { stdio: 'pipe' });
    this.proc = proc;
    const lines = createInterface({ input: proc.stdout });

    lines.on('line', (line) => {
      if (line.startsWith('id name ')) this.emit('ready', line.slice('id name '.length));
      const m = /^info depth (\d+) score cp (-?\d+) fen (.+)$/.exec(line);
      if (m) this.emit('eval', { depth: Number(m[1]), scoreCp: Number(m[2]), fen: m[3]! } satisfies Evaluation);
    });
    proc.once('error', (err) => this.emit('error', err));

    this.on('ready', (version: string) => {
      this.engineVersion = version;
    });
    this.on('eval', (evaluation: Evaluation) => {
      this.lastEval = evaluation;
    });

    const ready = once(this, 'ready');
    proc.stdin.write('uci\n');
    await ready;
    return `adjudication engine ${this.engineVersion} ready`;
  }

  async evaluate(fen: string, depth: number): Promise<Evaluation> {
    if (!this.proc) throw new Error('engine not started');
    const result = once(this, 'eval');
    this.proc.stdin.write(`position fen ${fen}\ngo depth ${depth}\n`);
    const [evaluation] = (await result) as [Evaluation];
    return evaluation;
  }

  async stop(): Promise<void> {
    if (!this.proc) return;
    const exited = once(this.proc, 'exit');
    this.proc.stdin.end('quit\n');
    await exited;
    this.proc = undefined;
  }
}

export function adjudicate(evaluation: Evaluation, marginCp = 300): '1-0' | '0-1' | 'play on' {
  if (evaluation.scoreCp >= marginCp) return '1-0';
  if (evaluation.scoreCp <= -marginCp) return '0-1';
  return 'play on';
}
