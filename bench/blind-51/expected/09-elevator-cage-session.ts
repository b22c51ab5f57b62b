// expect: no-reused-settled-promise
// connectWithRetry keeps awaiting this.connecting, the one openSession() promise created up front, so after it rejects every retry just re-reads the same failure.
import { EventEmitter } from 'node:events';

export interface CageSession {
  shaftId: string;
  sessionId: string;
  send(command: string): Promise<string>;
  close(): Promise<void>;
}

export interface CageStatus {
  level: number;
  loadKg: number;
  doorsClosed: boolean;
  brakeEngaged: boolean;
}

declare function openSession(shaftId: string, host: string): Promise<CageSession>;

declare const mineLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ElevatorCageClient extends EventEmitter {
  private session?: CageSession;
  private connecting?: Promise<CageSession>;

  constructor(private readonly shaftId: string, private readonly host: string) {
    super();
  }

  private async connectWithRetry(maxAttempts: number): Promise<CageSession> {
    this.connecting ??= openSession(this.shaftId, this.host);
    for (let attempt = 1; ; attempt++) {
      try {
        const session = await this.connecting;
        this.session = session;
        this.emit('connected', session.sessionId);
        return session;
      } catch (err) {
        mineLog.warn('cage controller connection failed', { shaftId: this.shaftId, attempt, error: (err as Error).message });
        if (attempt >= maxAttempts) {
          this.connecting = undefined;
          throw err;
        }
        await wait(Math.min(500 * 2 ** attempt, 8_000));
      }
    }
  }

  private async ensureSession(): Promise<CageSession> {
    return this.session ?? this.connectWithRetry(5);
  }

  async status(): Promise<CageStatus> {
    const session = await this.ensureSession();
    const raw = await session.send('STATUS');
    const [level, loadKg, doors, brake] = raw.trim().split(/\s+/);
    return {
      level: Number(level),
      loadKg: Number(loadKg),
      doorsClosed: doors === 'DC',
      brakeEngaged: brake === 'BE',
    };
  }

  async moveTo(level: number, maxLoadKg: number): Promise<CageStatus> {
    const current = await this.status();
    if (!current.doorsClosed) throw new Error(`shaft ${this.shaftId}: doors open, refusing to move`);
    if (current.loadKg > maxLoadKg) throw new Error(`shaft ${this.shaftId}: cage overloaded (${current.loadKg}kg)`);
    const session = await this.ensureSession();
    const reply = await session.send(`MOVE ${level}`);
    if (!reply.startsWith('OK')) throw new Error(`shaft ${this.shaftId}: controller refused move: ${reply}`);
    mineLog.info('cage moving', { shaftId: this.shaftId, from: current.level, to: level });
    return this.status();
  }

  async disconnect(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    this.connecting = undefined;
    if (session) await session.close();
  }
}
