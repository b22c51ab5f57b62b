// expect: no-multiple-settle
// JSON.parse runs inside the response 'end' listener before settle, so a malformed body throws out of the event handler and fetchLoanAgreement never settles.
import { request } from 'node:http';

export interface LoanAgreementWire {
  loan_id: string;
  lender: string;
  borrower: string;
  specimens: Array<{ catalogue_no: string; name: string; insured_value: number }>;
  starts_on: string;
  ends_on: string;
  courier_required: boolean;
}

export interface LoanAgreement {
  loanId: string;
  lender: string;
  borrower: string;
  specimenCount: number;
  insuredTotal: number;
  startsOn: Date;
  endsOn: Date;
  courierRequired: boolean;
}

export interface RegistryEndpoint {
  host: string;
  port: number;
  apiKey: string;
}

function toAgreement(wire: LoanAgreementWire): LoanAgreement {
  return {
    loanId: wire.loan_id,
    lender: wire.lender,
    borrower: wire.borrower,
    specimenCount: wire.specimens.length,
    insuredTotal: wire.specimens.reduce((sum, s) => sum + s.insured_value, 0),
    startsOn: new Date(wire.starts_on),
    endsOn: new Date(wire.ends_on),
    courierRequired: wire.courier_required,
  };
}

export function fetchLoanAgreement(endpoint: RegistryEndpoint, loanId: string): Promise<LoanAgreement> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true;
        fn();
      }
    };

    const req = request(
      {
        host: endpoint.host,
        port: endpoint.port,
        path: `/api/v2/loans/${encodeURIComponent(loanId)}`,
        method: 'GET',
        headers: { accept: 'application/json', 'x-api-key': endpoint.apiKey },
        timeout: 10_000,
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          settle(() => reject(new Error(`loan registry answered ${res.statusCode} for ${loanId}`)));
          return;
        }
        res.setEncoding('utf8');
        let raw = '';
        res.on('data', (chunk: string) => {
          raw += chunk;
        });
        res.on('error', (err) => settle(() => reject(err)));
        res.on('end', () => {
          const wire = JSON.parse(raw) as LoanAgreementWire;
          settle(() => resolve(toAgreement(wire)));
        });
      },
    );

    req.on('timeout', () => req.destroy(new Error(`loan registry timed out for ${loanId}`)));
    req.on('error', (err) => settle(() => reject(err)));
    req.end();
  });
}

export async function loansEndingBefore(endpoint: RegistryEndpoint, loanIds: string[], cutoff: Date): Promise<LoanAgreement[]> {
  const agreements = await Promise.all(loanIds.map((id) => fetchLoanAgreement(endpoint, id)));
  return agreements.filter((a) => a.endsOn.getTime() < cutoff.getTime());
}
