// expect: none
// Correct: every reply kind (done, failed, skipped) settles and removes its deferred, the per-task timer is cleared, and channel shutdown rejects whatever is left.
import { EventEmitter } from 'node:events';

export type CareTask =
  | { kind: 'water'; treeId: string; ml: number }
  | { kind: 'prune'; treeId: string; branches: string[] }
  | { kind: 'repot'; treeId: string; potSizeCm: number };

export type CareOutcome = { treeId: string; completedAt: Date; notes?: string };

type RobotReply =
  | { taskId: string; result: 'done'; notes?: string }
  | { taskId: string; result: 'failed'; error: string }
  | { taskId: string; result: 'skipped'; why: string };

interface Deferred {
  task: CareTask;
  resolve: (outcome: CareOutcome | null) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class GreenhouseRobotChannel extends EventEmitter {
  send(_taskId: string, _task: CareTask): void {
    // wired to the serial bridge in production
  }
}

export class CareScheduler {
  private readonly open = new Map<string, Deferred>();
  private seq = 0;

  constructor(private readonly channel: GreenhouseRobotChannel, private readonly taskTimeoutMs = 120_000) {
    channel.on('reply', (reply: RobotReply) => this.handle(reply));
    channel.once('close', () => this.drain(new Error('robot channel closed')));
  }

  dispatch(task: CareTask): Promise<CareOutcome | null> {
    const taskId = `${task.kind}-${task.treeId}-${++this.seq}`;
    const { promise, resolve, reject } = Promise.withResolvers<CareOutcome | null>();
    const timer = setTimeout(() => {
      this.open.delete(taskId);
      reject(new Error(`robot did not finish ${taskId} in ${this.taskTimeoutMs}ms`));
    }, this.taskTimeoutMs);
    this.open.set(taskId, { task, resolve, reject, timer });
    this.channel.send(taskId, task);
    return promise;
  }

  private handle(reply: RobotReply): void {
    const entry = this.open.get(reply.taskId);
    if (!entry) return;
    this.open.delete(reply.taskId);
    clearTimeout(entry.timer);

    switch (reply.result) {
      case 'done':
        entry.resolve({ treeId: entry.task.treeId, completedAt: new Date(), notes: reply.notes });
        break;
      case 'failed':
        entry.reject(new Error(`${entry.task.kind} on ${entry.task.treeId} failed: ${reply.error}`));
        break;
      case 'skipped':
        // robot decided the tree didn't need it (e.g. soil already moist)
        entry.resolve(null);
        break;
      default: {
        const unexpected: never = reply;
        entry.reject(new Error(`unknown robot reply ${JSON.stringify(unexpected)}`));
      }
    }
  }

  private drain(err: Error): void {
    for (const entry of this.open.values()) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
    this.open.clear();
  }
}
