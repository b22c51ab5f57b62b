// expect: no-promise-as-value
// The permit endpoint puts this.fees.calculate(permit) into the response object without awaiting it, and JSON.stringify turns the pending promise into {}, so every client receives "fee": {} and the kiosk cannot show the amount due.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface Permit {
  number: string;
  performer: string;
  pitch: string;
  days: number;
  amplified: boolean;
}

export interface FeeSchedule {
  calculate(permit: Permit): Promise<{ pence: number; currency: 'GBP' }>;
}

export interface PermitRepo {
  find(number: string): Promise<Permit | undefined>;
}

export class PermitApi {
  constructor(private readonly repo: PermitRepo, private readonly fees: FeeSchedule) {}

  private json(res: ServerResponse, status: number, body: unknown): void {
    const payload = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(payload),
    });
    res.end(payload);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://permits.local');
    const match = /^\/permits\/([A-Z]{2}-\d{4}-\d{5})$/.exec(url.pathname);
    if (req.method !== 'GET' || !match) {
      this.json(res, 404, { error: 'not found' });
      return;
    }

    const permit = await this.repo.find(match[1]!);
    if (!permit) {
      this.json(res, 404, { error: `permit ${match[1]} does not exist` });
      return;
    }

    this.json(res, 200, {
      permit,
      fee: this.fees.calculate(permit),
      links: { pay: `/permits/${permit.number}/payment`, pitchMap: `/pitches/${encodeURIComponent(permit.pitch)}` },
    });
  }

  listen(port: number) {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        console.error('permit api error', err);
        if (!res.headersSent) this.json(res, 500, { error: 'internal error' });
        else res.destroy();
      });
    });
    return server.listen(port);
  }
}
