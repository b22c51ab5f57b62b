// expect: no-floating-promises
// The WebSocket message listener is an async function whose returned promise the event target ignores, so a failing store upsert or page call becomes an unhandled rejection.
export type Priority = 'P1' | 'P2' | 'P3';

export interface Incident {
  incidentId: string;
  priority: Priority;
  grid: string;
  summary: string;
  casualties: number;
  reportedAt: Date;
}

interface IncidentMessage {
  type: 'incident' | 'heartbeat' | 'closed';
  id: string;
  prio?: string;
  grid?: string;
  text?: string;
  casualties?: number;
  ts?: number;
}

export interface IncidentStore {
  upsert(incident: Incident): Promise<{ created: boolean }>;
  close(incidentId: string): Promise<void>;
}

export interface TeamPager {
  pageDutyTeam(incident: Incident): Promise<void>;
}

function normalize(msg: IncidentMessage): Incident {
  const priority: Priority = msg.prio === 'P1' || msg.prio === 'P2' ? msg.prio : 'P3';
  return {
    incidentId: msg.id,
    priority,
    grid: msg.grid ?? 'unknown',
    summary: (msg.text ?? '').slice(0, 280),
    casualties: msg.casualties ?? 0,
    reportedAt: new Date(msg.ts ?? Date.now()),
  };
}

export class IncidentFeed {
  private socket?: WebSocket;
  private lastHeartbeat = 0;
  private reconnectDelayMs = 1000;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly store: IncidentStore,
    private readonly pager: TeamPager,
  ) {}

  start(): void {
    this.stopped = false;
    const ws = new WebSocket(this.url);
    this.socket = ws;

    ws.addEventListener('open', () => {
      this.reconnectDelayMs = 1000;
    });

    ws.addEventListener('message', async (event: MessageEvent) => {
      const msg = JSON.parse(String(event.data)) as IncidentMessage;
      if (msg.type === 'heartbeat') {
        this.lastHeartbeat = Date.now();
        return;
      }
      if (msg.type === 'closed') {
        await this.store.close(msg.id);
        return;
      }
      const incident = normalize(msg);
      const { created } = await this.store.upsert(incident);
      if (created && incident.priority === 'P1') {
        await this.pager.pageDutyTeam(incident);
      }
    });

    ws.addEventListener('close', () => {
      if (this.stopped) return;
      const delay = this.reconnectDelayMs;
      this.reconnectDelayMs = Math.min(delay * 2, 30_000);
      setTimeout(() => this.start(), delay);
    });
  }

  stop(): void {
    this.stopped = true;
    this.socket?.close(1000, 'dispatcher shutdown');
  }

  isStale(maxSilenceMs = 45_000): boolean {
    return this.lastHeartbeat > 0 && Date.now() - this.lastHeartbeat > maxSilenceMs;
  }
}
