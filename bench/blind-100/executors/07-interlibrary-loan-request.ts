// expect: none
// Every rejecting branch in the response callback returns before reaching resolve, JSON.parse runs before resolve inside the try, and both request and response errors reject, so the loan request settles once on every path.
import { request } from 'node:http';

export interface LoanRequest {
  isbn: string;
  patronCard: string;
  pickupBranch: string;
  neededBy: string;
}

export interface LoanTicket {
  ticketId: string;
  lendingLibrary: string;
  estimatedArrival: string;
}

export class LoanRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(`loan refused (${status}): ${reason}`);
    this.name = 'LoanRefusedError';
  }
}

export interface IllClientOptions {
  host: string;
  port: number;
  apiKey: string;
}

export function submitLoanRequest(opts: IllClientOptions, loan: LoanRequest): Promise<LoanTicket> {
  const payload = JSON.stringify(loan);
  return new Promise<LoanTicket>((resolve, reject) => {
    const req = request(
      {
        host: opts.host,
        port: opts.port,
        path: '/ill/v2/requests',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: `Bearer ${opts.apiKey}`,
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status === 409 || status === 422) {
          let reason = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (reason += c));
          res.on('end', () => reject(new LoanRefusedError(status, reason.trim())));
          res.on('error', reject);
          return;
        }
        if (status !== 201) {
          res.resume();
          reject(new Error(`ILL gateway answered ${status}`));
          return;
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const ticket = JSON.parse(body) as LoanTicket;
            resolve(ticket);
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
