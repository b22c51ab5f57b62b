// expect: none
// latestScore reads this.lastScore only after awaiting once() for the 'score' event that the data handler emits after assigning it, so the value is always written before it is read.
import { EventEmitter, once } from 'node:events';
import { connect, type Socket } from 'node:net';

export interface Scoreline {
  fixtureId: string;
  homeGoals: number;
  homePoints: number;
  awayGoals: number;
  awayPoints: number;
  minute: number;
}

function total(goals: number, points: number): number {
  return goals * 3 + points;
}

export function formatScore(s: Scoreline): string {
  return `${s.homeGoals}-${String(s.homePoints).padStart(2, '0')} to ${s.awayGoals}-${String(s.awayPoints).padStart(2, '0')} (${s.minute}')`;
}

export class ScorelineFeed extends EventEmitter {
  private socket: Socket | undefined;
  private buffer = '';
  private lastScore: Scoreline | undefined;

  constructor(private readonly host: string, private readonly port: number) {
    super();
  }

  async open(fixtureId: string): Promise<void> {
    const socket = connect({ host: this.host, port: this.port });
    this.socket = socket;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('error', (err) => this.emit('error', err));
    await once(socket, 'connect');
    socket.write(`SUBSCRIBE ${fixtureId}\n`);
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) !== -1) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      if (!line.startsWith('{')) continue;
      this.lastScore = JSON.parse(line) as Scoreline;
      this.emit('score', this.lastScore);
    }
  }

  async latestScore(timeoutMs = 30_000): Promise<Scoreline> {
    if (this.lastScore) return this.lastScore;
    await once(this, 'score', { signal: AbortSignal.timeout(timeoutMs) });
    if (!this.lastScore) throw new Error('score event arrived without a scoreline');
    return this.lastScore;
  }

  async margin(): Promise<number> {
    const s = await this.latestScore();
    return total(s.homeGoals, s.homePoints) - total(s.awayGoals, s.awayPoints);
  }

  close(): void {
    this.socket?.end();
    this.socket = undefined;
  }
}
