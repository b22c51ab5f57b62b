// expect: no-floating-promises
// The async 'message' listener's promise is ignored by the dgram EventEmitter, so a failing recordScan/flagOverweight becomes an unhandled rejection.
import { createSocket, type Socket, type RemoteInfo } from 'node:dgram';
import { EventEmitter } from 'node:events';

export interface UldScan {
  uldId: string;
  flight: string;
  station: string;
  weightKg: number;
  scannedAt: Date;
}

declare const scanStore: {
  recordScan(scan: UldScan): Promise<void>;
  flagOverweight(uldId: string, limitKg: number): Promise<void>;
};

// Max gross weight by ULD type code (first three chars of the id).
const MAX_GROSS_KG: Record<string, number> = {
  AKE: 1588,
  AKH: 1134,
  PMC: 6804,
  PAG: 6033,
};

function parseScan(buf: Buffer): UldScan | null {
  const parts = buf.toString('utf8').trim().split('|');
  if (parts.length !== 5) return null;
  const [uldId = '', flight = '', station = '', weight = '', ts = ''] = parts;
  const weightKg = Number(weight);
  const millis = Number(ts);
  if (!uldId || !Number.isFinite(weightKg) || !Number.isFinite(millis)) return null;
  return { uldId, flight, station, weightKg, scannedAt: new Date(millis) };
}

export class UldScanListener extends EventEmitter {
  private socket: Socket | null = null;
  private received = 0;
  private malformed = 0;

  constructor(private readonly port: number, private readonly host = '0.0.0.0') {
    super();
  }

  get stats(): { received: number; malformed: number } {
    return { received: this.received, malformed: this.malformed };
  }

  start(): void {
    if (this.socket) return;
    const socket = createSocket({ type: 'udp4', reuseAddr: true });

    socket.on('message', async (msg: Buffer, rinfo: RemoteInfo) => {
      this.received++;
      const scan = parseScan(msg);
      if (!scan) {
        this.malformed++;
        this.emit('malformed', rinfo.address);
        return;
      }
      await scanStore.recordScan(scan);

      const limit = MAX_GROSS_KG[scan.uldId.slice(0, 3).toUpperCase()];
      if (limit !== undefined && scan.weightKg > limit) {
        await scanStore.flagOverweight(scan.uldId, limit);
        this.emit('overweight', scan, limit);
      }
      this.emit('scan', scan);
    });

    socket.on('error', (err) => {
      this.emit('error', err);
    });

    socket.bind(this.port, this.host);
    this.socket = socket;
  }

  stop(): Promise<void> {
    const socket = this.socket;
    this.socket = null;
    if (!socket) return Promise.resolve();
    return new Promise((resolve) => socket.close(() => resolve()));
  }
}
