// expect: no-floating-promises
// completeTask calls the async logbook.append as a bare statement, so the entry write is never awaited: the method reports success before the record exists and a failed write surfaces as an unhandled rejection.
import { EventEmitter } from 'node:events';

export type TaskKind = 'oil-pivots' | 'wind-weights' | 'adjust-pendulum' | 'inspect-bells' | 'clean-dials';

export interface MaintenanceTask {
  id: string;
  kind: TaskKind;
  tower: string;
  assignee: string;
}

export interface LogEntry {
  taskId: string;
  tower: string;
  kind: TaskKind;
  by: string;
  minutes: number;
  notes: string;
  completedAt: string;
}

export interface Logbook {
  append(entry: LogEntry): Promise<void>;
}

export interface Movement {
  stop(): Promise<void>;
  start(): Promise<void>;
  setTime(date: Date): Promise<void>;
}

export class TowerMaintenance extends EventEmitter {
  private readonly started = new Map<string, number>();

  constructor(private readonly movement: Movement, private readonly logbook: Logbook) {
    super();
  }

  async beginTask(task: MaintenanceTask): Promise<void> {
    if (this.started.has(task.id)) throw new Error(`task ${task.id} already in progress`);
    if (task.kind === 'adjust-pendulum' || task.kind === 'oil-pivots') {
      await this.movement.stop();
    }
    this.started.set(task.id, Date.now());
    this.emit('task-started', task);
  }

  async completeTask(task: MaintenanceTask, notes = ''): Promise<LogEntry> {
    const startedAt = this.started.get(task.id);
    if (startedAt === undefined) throw new Error(`task ${task.id} was never started`);

    if (task.kind === 'adjust-pendulum' || task.kind === 'oil-pivots') {
      await this.movement.setTime(new Date());
      await this.movement.start();
    }

    const entry: LogEntry = {
      taskId: task.id,
      tower: task.tower,
      kind: task.kind,
      by: task.assignee,
      minutes: Math.round((Date.now() - startedAt) / 60_000),
      notes: notes.trim(),
      completedAt: new Date().toISOString(),
    };
    this.logbook.append(entry);

    this.started.delete(task.id);
    this.emit('task-completed', entry);
    return entry;
  }

  inProgress(): string[] {
    return [...this.started.keys()];
  }
}
