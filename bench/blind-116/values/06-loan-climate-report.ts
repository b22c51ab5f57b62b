// expect: none
// Every value placed in the JSON report body is awaited first, so the lender receives actual readings rather than serialised Promise objects.
export interface Loan {
  loanId: string;
  objectIds: string[];
  lender: string;
  lenderEndpoint: string;
  agreedRh: [min: number, max: number];
  agreedTempC: [min: number, max: number];
}

export interface ClimateHistory {
  dailyExtremes(caseId: string, days: number): Promise<Array<{ day: string; minRh: number; maxRh: number; minC: number; maxC: number }>>;
  caseFor(objectId: string): Promise<string>;
}

export interface ReportReceipt {
  reportId: string;
  acceptedAt: string;
}

export class LoanClimateReporter {
  constructor(private readonly history: ClimateHistory, private readonly token: string) {}

  private async excursions(loan: Loan, caseId: string, days: number) {
    const extremes = await this.history.dailyExtremes(caseId, days);
    return extremes.filter(
      (d) =>
        d.minRh < loan.agreedRh[0] ||
        d.maxRh > loan.agreedRh[1] ||
        d.minC < loan.agreedTempC[0] ||
        d.maxC > loan.agreedTempC[1],
    );
  }

  async send(loan: Loan, days = 30): Promise<ReportReceipt> {
    const cases = await Promise.all(loan.objectIds.map((id) => this.history.caseFor(id)));
    const uniqueCases = [...new Set(cases)];
    const perCase = await Promise.all(
      uniqueCases.map(async (caseId) => ({ caseId, excursions: await this.excursions(loan, caseId, days) })),
    );

    const body = {
      loanId: loan.loanId,
      periodDays: days,
      generatedAt: new Date().toISOString(),
      cases: perCase,
      compliant: perCase.every((c) => c.excursions.length === 0),
    };

    const res = await fetch(loan.lenderEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`lender ${loan.lender} rejected climate report: ${res.status}`);
    return (await res.json()) as ReportReceipt;
  }
}

export function excursionDays(receiptBody: { cases: Array<{ excursions: unknown[] }> }): number {
  return receiptBody.cases.reduce((n, c) => n + c.excursions.length, 0);
}
