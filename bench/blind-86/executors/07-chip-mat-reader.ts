// expect: no-multiple-settle
// In sendCommand an "ERR" reply calls reject() without returning, so execution falls through to parseStatus/resolve and the promise is settled a second time.
import net from 'node:net';

export interface MatStatus {
  readerId: string;
  antennaOk: boolean[];
  bufferedReads: number;
  clockSkewMs: number;
}

export class MatReaderError extends Error {
  constructor(readonly reply: string) {
    super(`mat reader replied ${reply}`);
    this.name = 'MatReaderError';
  }
}

function parseStatus(line: string): MatStatus {
  // STATUS <id> ANT=1101 BUF=42 SKEW=-3
  const parts = Object.fromEntries(
    line
      .split(' ')
      .slice(2)
      .map((kv) => kv.split('=') as [string, string]),
  );
  return {
    readerId: line.split(' ')[1] ?? 'unknown',
    antennaOk: [...(parts.ANT ?? '')].map((c) => c === '1'),
    bufferedReads: Number(parts.BUF ?? 0),
    clockSkewMs: Number(parts.SKEW ?? 0),
  };
}

export class MatReaderClient {
  private socket: net.Socket | null = null;

  constructor(private readonly host: string, private readonly port = 10_000) {}

  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = net.createConnection({ host: this.host, port: this.port });
      socket.once('connect', () => {
        socket.off('error', reject);
        this.socket = socket;
        resolve();
      });
      socket.once('error', reject);
    });
  }

  private sendCommand(cmd: string, timeoutMs = 3_000): Promise<MatStatus> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error('reader not connected'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.off('data', onData);
        reject(new Error(`no reply to ${cmd} within ${timeoutMs}ms`));
      }, timeoutMs);

      const onData = (buf: Buffer) => {
        clearTimeout(timer);
        const line = buf.toString('ascii').trim();
        if (line.startsWith('ERR')) {
          reject(new MatReaderError(line));
        }
        resolve(parseStatus(line));
      };

      socket.once('data', onData);
      socket.write(`${cmd}\r\n`);
    });
  }

  status(): Promise<MatStatus> {
    return this.sendCommand('STATUS');
  }

  async syncClock(gunTime: Date): Promise<MatStatus> {
    return this.sendCommand(`SETCLOCK ${gunTime.toISOString()}`);
  }

  close(): void {
    this.socket?.end();
    this.socket = null;
  }
}

export async function preRaceCheck(hosts: string[], gunTime: Date): Promise<MatStatus[]> {
  const statuses: MatStatus[] = [];
  for (const host of hosts) {
    const client = new MatReaderClient(host);
    await client.connect();
    try {
      const status = await client.syncClock(gunTime);
      if (status.antennaOk.some((ok) => !ok)) {
        console.warn(`[timing] ${status.readerId} has a dead antenna`);
      }
      statuses.push(status);
    } finally {
      client.close();
    }
  }
  return statuses;
}
