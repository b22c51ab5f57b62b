// expect: no-multiple-settle
// readPermit settles from inside an async 'end' listener after JSON.parse and an await on the ledger, so a malformed body or a failed reservation throws inside that callback, the outer promise never settles and the HTTP request hangs without a response.
import http from 'node:http';

export interface PermitRequest {
  river: string;
  launchDate: string;
  partySize: number;
  tripLeader: string;
}

export interface Hold {
  holdId: string;
  expiresAt: string;
}

export interface Permit {
  permitNo: string;
  river: string;
  launchDate: string;
  partySize: number;
  tripLeader: string;
  holdExpires: string;
}

export interface PermitLedger {
  reserve(river: string, launchDate: string, partySize: number): Promise<Hold>;
}

const MAX_BODY_BYTES = 16 * 1024;

export class PermitIntake {
  private issued = 0;

  constructor(
    private readonly ledger: PermitLedger,
    private readonly season: string,
  ) {}

  readPermit(req: http.IncomingMessage): Promise<Permit> {
    return new Promise<Permit>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) req.destroy(new Error('permit request too large'));
        else chunks.push(chunk);
      });
      req.on('error', reject);
      req.on('end', async () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as PermitRequest;
        const hold = await this.ledger.reserve(body.river, body.launchDate, body.partySize);
        this.issued += 1;
        resolve({
          permitNo: `${this.season}-${String(this.issued).padStart(5, '0')}`,
          river: body.river,
          launchDate: body.launchDate,
          partySize: body.partySize,
          tripLeader: body.tripLeader,
          holdExpires: hold.expiresAt,
        });
      });
    });
  }

  handler(): http.RequestListener {
    return (req, res) => {
      if (req.method !== 'POST' || req.url !== '/permits') {
        res.writeHead(404).end();
        return;
      }
      this.readPermit(req).then(
        (permit) => {
          res.writeHead(201, { 'content-type': 'application/json' });
          res.end(JSON.stringify(permit));
        },
        (err: Error) => {
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: err.message }));
        },
      );
    };
  }
}
