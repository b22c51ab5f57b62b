// expect: none
// Each stored resolve/reject is removed from the pending map and its timer cleared before it is called, and socket error/close reject and clear every pending job, so every label job settles exactly once even when errors and acks race.
import net from 'node:net';
import readline from 'node:readline';
import { once } from 'node:events';

export interface SampleLabel {
  orderId: string;
  recipient: string;
  fragrance: string;
  vialMl: number;
}

export interface PrintAck {
  id: number;
  ok: boolean;
  error?: string;
}

interface PendingJob {
  resolve: (ack: PrintAck) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class LabelPrinter {
  private socket: net.Socket | undefined;
  private readonly pending = new Map<number, PendingJob>();
  private nextId = 1;

  constructor(private readonly ackTimeoutMs = 5000) {}

  async connect(host: string, port: number): Promise<void> {
    const socket = net.connect({ host, port });
    await once(socket, 'connect');
    const lines = readline.createInterface({ input: socket });
    lines.on('line', (line) => this.onLine(line));
    socket.on('error', (err) => this.failAll(err));
    socket.on('close', () => this.failAll(new Error('label printer connection closed')));
    this.socket = socket;
  }

  print(label: SampleLabel): Promise<PrintAck> {
    const socket = this.socket;
    if (!socket || socket.destroyed) {
      return Promise.reject(new Error('label printer is not connected'));
    }
    const id = this.nextId++;
    return new Promise<PrintAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`label ${id} for ${label.orderId} not acknowledged in ${this.ackTimeoutMs}ms`));
      }, this.ackTimeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      socket.write(`${JSON.stringify({ id, ...label })}\n`);
    });
  }

  close(): void {
    this.socket?.end();
  }

  private onLine(line: string): void {
    let ack: PrintAck;
    try {
      ack = JSON.parse(line) as PrintAck;
    } catch {
      return; // printer banner / status chatter
    }
    const job = this.pending.get(ack.id);
    if (!job) return; // late ack for a job that already timed out
    this.pending.delete(ack.id);
    clearTimeout(job.timer);
    if (ack.ok) job.resolve(ack);
    else job.reject(new Error(`printer refused label ${ack.id}: ${ack.error ?? 'unknown error'}`));
  }

  private failAll(err: Error): void {
    for (const job of this.pending.values()) {
      clearTimeout(job.timer);
      job.reject(err);
    }
    this.pending.clear();
  }
}
