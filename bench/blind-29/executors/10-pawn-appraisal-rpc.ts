// expect: none
// A single readline dispatcher resolves each request by id and deletes it first; timeouts, socket errors and close reject whatever is still pending exactly once.
import net from 'node:net';
import { createInterface, type Interface } from 'node:readline';

export interface Appraisal {
  ticket: string;
  category: 'jewellery' | 'electronics' | 'instruments' | 'tools';
  loanOfferCents: number;
  resaleEstimateCents: number;
}

interface Pending {
  resolve: (value: Appraisal) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class AppraisalClient {
  private readonly socket: net.Socket;
  private readonly rl: Interface;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closedError: Error | null = null;

  constructor(host: string, port = 7420, private readonly timeoutMs = 10_000) {
    this.socket = net.connect({ host, port });
    this.rl = createInterface({ input: this.socket, crlfDelay: Infinity });

    this.rl.on('line', (line) => {
      let msg: { id: number; ok: boolean; result?: Appraisal; error?: string };
      try {
        msg = JSON.parse(line);
      } catch {
        return; // the appraisal desk occasionally logs plain text on the same channel
      }
      const entry = this.pending.get(msg.id);
      if (!entry) return;
      this.pending.delete(msg.id);
      clearTimeout(entry.timer);
      if (msg.ok && msg.result) entry.resolve(msg.result);
      else entry.reject(new Error(msg.error ?? `appraisal ${msg.id} failed`));
    });

    this.rl.on('error', (err) => this.failAll(err));
    this.socket.on('error', (err) => this.failAll(err));
    this.socket.on('close', () => this.failAll(new Error('appraisal service connection closed')));
  }

  appraise(item: { description: string; serial?: string; photos: string[] }): Promise<Appraisal> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = this.nextId++;
    return new Promise<Appraisal>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending.delete(id)) {
          reject(new Error(`appraisal ${id} timed out after ${this.timeoutMs}ms`));
        }
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.socket.write(`${JSON.stringify({ id, method: 'appraise', params: item })}\n`);
    });
  }

  private failAll(err: Error): void {
    this.closedError ??= err;
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }

  close(): void {
    this.rl.close();
    this.socket.end();
  }
}

export async function offerLoan(client: AppraisalClient, description: string, photos: string[]) {
  const appraisal = await client.appraise({ description, photos });
  // House rule: never lend more than 60% of what we expect to resell for.
  const ceiling = Math.floor(appraisal.resaleEstimateCents * 0.6);
  return { ...appraisal, loanOfferCents: Math.min(appraisal.loanOfferCents, ceiling) };
}
