// expect: no-multiple-settle
// Pending readings are stored as resolve/reject pairs, but the socket 'close' handler never rejects them, so any read in flight when the bus drops hangs forever.
import { createConnection, type Socket } from 'node:net';
import { createInterface } from 'node:readline';

export interface ProbeReading {
  tankId: string;
  specificGravity: number;
  temperatureC: number;
  takenAt: Date;
}

interface PendingRead {
  tankId: string;
  resolve: (reading: ProbeReading) => void;
  reject: (err: Error) => void;
}

/**
 * Line-oriented client for the cellar probe bus. The bus controller answers
 * every request with either `<id> OK <gravity> <tempC>` or `<id> ERR <message>`.
 */
export class FermenterProbeClient {
  private socket: Socket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, PendingRead>();

  constructor(
    private readonly host: string,
    private readonly port = 7301,
  ) {}

  get connected(): boolean {
    return this.socket !== null;
  }

  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = createConnection({ host: this.host, port: this.port });
      socket.setKeepAlive(true, 10_000);

      socket.once('connect', () => {
        socket.off('error', reject);
        socket.on('error', (err) => console.warn(`[probe-bus] ${err.message}`));
        this.socket = socket;
        resolve();
      });
      socket.once('error', reject);

      socket.on('close', () => {
        this.socket = null;
      });

      createInterface({ input: socket, crlfDelay: Infinity }).on('line', (line) => this.handleLine(line));
    });
  }

  read(tankId: string): Promise<ProbeReading> {
    const socket = this.socket;
    if (!socket) {
      return Promise.reject(new Error('probe bus is not connected'));
    }
    const id = this.nextId++;
    return new Promise<ProbeReading>((resolve, reject) => {
      this.pending.set(id, { tankId, resolve, reject });
      socket.write(`${id} READ ${tankId}\n`);
    });
  }

  async readAll(tankIds: readonly string[]): Promise<Map<string, ProbeReading>> {
    const results = await Promise.all(tankIds.map((id) => this.read(id)));
    return new Map(results.map((r) => [r.tankId, r]));
  }

  close(): void {
    this.socket?.end();
  }

  private handleLine(line: string): void {
    const [idText, status, ...rest] = line.trim().split(/\s+/);
    const id = Number(idText);
    const entry = this.pending.get(id);
    if (!entry) {
      return;
    }
    this.pending.delete(id);

    if (status === 'OK') {
      const [gravity, temp] = rest.map(Number);
      entry.resolve({
        tankId: entry.tankId,
        specificGravity: gravity,
        temperatureC: temp,
        takenAt: new Date(),
      });
    } else {
      entry.reject(new Error(`probe ${entry.tankId}: ${rest.join(' ') || 'unknown error'}`));
    }
  }
}
