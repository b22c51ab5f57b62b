// expect: no-multiple-settle
// queryStatus only listens for the printer's 'data' reply, so if the kiosk printer resets the connection or closes it without answering the promise never settles and the boarding-pass queue hangs forever.
import { Socket, createConnection } from 'node:net';

export type PaperState = 'ok' | 'low' | 'out';

export interface PrinterStatus {
  online: boolean;
  paper: PaperState;
  coverOpen: boolean;
}

export interface KioskPrinterConfig {
  host: string;
  port: number;
  kioskId: string;
}

const STATUS_REQUEST = Buffer.from([0x10, 0x04, 0x04]);

function decodeStatus(byte: number): PrinterStatus {
  const paperBits = byte & 0x6c;
  return {
    online: (byte & 0x08) === 0,
    paper: paperBits === 0 ? 'ok' : paperBits === 0x0c ? 'low' : 'out',
    coverOpen: (byte & 0x04) !== 0,
  };
}

export class KioskPrinter {
  private socket: Socket | undefined;

  constructor(private readonly config: KioskPrinterConfig) {}

  private connect(): Promise<Socket> {
    if (this.socket && !this.socket.destroyed) return Promise.resolve(this.socket);
    return new Promise<Socket>((resolve, reject) => {
      const sock = createConnection({ host: this.config.host, port: this.config.port });
      const onError = (err: Error) => {
        sock.off('connect', onConnect);
        reject(err);
      };
      const onConnect = () => {
        sock.off('error', onError);
        this.socket = sock;
        resolve(sock);
      };
      sock.once('connect', onConnect);
      sock.once('error', onError);
    });
  }

  async queryStatus(): Promise<PrinterStatus> {
    const sock = await this.connect();
    return new Promise<PrinterStatus>((resolve) => {
      sock.once('data', (chunk: Buffer) => {
        resolve(decodeStatus(chunk[0] ?? 0xff));
      });
      sock.write(STATUS_REQUEST);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = undefined;
  }
}

export async function canIssueTickets(printer: KioskPrinter): Promise<boolean> {
  const status = await printer.queryStatus();
  if (!status.online || status.coverOpen) return false;
  return status.paper !== 'out';
}
