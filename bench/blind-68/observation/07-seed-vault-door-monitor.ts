// expect: none
// Correct: the background display refresh and the alarm write are fire-and-forget but each has a .catch attached at the call site.
import { EventEmitter } from 'node:events';

export interface DoorEvent {
  freezerId: string;
  openedAt: number;
  closedAt?: number;
  badgeId: string;
}

export interface FreezerDoor extends EventEmitter {
  readonly freezerId: string;
}

declare const wallDisplay: {
  showDoorState(freezerId: string, open: boolean, seconds: number): Promise<void>;
};

declare const alarmPanel: {
  raise(freezerId: string, level: 'amber' | 'red', message: string): Promise<void>;
};

declare const accessLog: {
  write(event: DoorEvent): Promise<void>;
};

declare const monitorLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const AMBER_AFTER_S = 45;
const RED_AFTER_S = 120;

export class DoorMonitor {
  private readonly open = new Map<string, DoorEvent>();
  private readonly timer: NodeJS.Timeout;

  constructor(doors: FreezerDoor[]) {
    for (const door of doors) {
      door.on('open', (badgeId: string) => this.onOpen(door.freezerId, badgeId));
      door.on('close', () => this.onClose(door.freezerId));
    }
    this.timer = setInterval(() => this.tick(), 5_000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private onOpen(freezerId: string, badgeId: string): void {
    this.open.set(freezerId, { freezerId, badgeId, openedAt: Date.now() });
    this.refreshDisplay(freezerId, true, 0);
  }

  private onClose(freezerId: string): void {
    const event = this.open.get(freezerId);
    if (!event) return;
    this.open.delete(freezerId);
    event.closedAt = Date.now();
    this.refreshDisplay(freezerId, false, 0);
    accessLog.write(event).catch((err: unknown) => {
      monitorLog.warn('access log write failed; event kept in memory only', { freezerId, err: String(err) });
    });
  }

  private tick(): void {
    const now = Date.now();
    for (const event of this.open.values()) {
      const seconds = Math.round((now - event.openedAt) / 1000);
      this.refreshDisplay(event.freezerId, true, seconds);
      if (seconds === RED_AFTER_S || (seconds > RED_AFTER_S && seconds % 60 < 5)) {
        this.raise(event.freezerId, 'red', `door open ${seconds}s (badge ${event.badgeId})`);
      } else if (seconds >= AMBER_AFTER_S && seconds < AMBER_AFTER_S + 5) {
        this.raise(event.freezerId, 'amber', `door open ${seconds}s`);
      }
    }
  }

  private refreshDisplay(freezerId: string, open: boolean, seconds: number): void {
    wallDisplay.showDoorState(freezerId, open, seconds).catch((err: unknown) => {
      monitorLog.warn('wall display unreachable', { freezerId, err: String(err) });
    });
  }

  private raise(freezerId: string, level: 'amber' | 'red', message: string): void {
    alarmPanel.raise(freezerId, level, message).catch((err: unknown) => {
      monitorLog.warn('alarm panel did not accept alarm', { freezerId, level, err: String(err) });
    });
  }
}
