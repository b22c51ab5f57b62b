// expect: no-promise-as-value
// The cover check negates the promise returned by underwriter.confirmsCover instead of its result, so the condition is always false and uninsured specimens are approved for loan.
export interface Specimen {
  catalogueNo: string;
  name: string;
  locality: string;
  valueUsd: number;
  fragile: boolean;
  radioactive: boolean;
}

export interface LoanRequest {
  loanId: string;
  borrower: string;
  specimens: Specimen[];
  venueClimateControlled: boolean;
}

export interface Underwriter {
  confirmsCover(policyNo: string, catalogueNo: string, valueUsd: number): Promise<boolean>;
}

export interface LoanDecision {
  loanId: string;
  approved: Specimen[];
  refused: Array<{ catalogueNo: string; reason: string }>;
}

const MAX_SINGLE_VALUE_USD = 2_500_000;

export class LoanCommittee {
  constructor(
    private readonly underwriter: Underwriter,
    private readonly policyNo: string,
  ) {}

  private precheck(request: LoanRequest, specimen: Specimen): string | null {
    if (specimen.radioactive) return 'radioactive specimens are not lent';
    if (specimen.valueUsd > MAX_SINGLE_VALUE_USD) return 'value exceeds single-object loan limit';
    if (specimen.fragile && !request.venueClimateControlled) return 'fragile specimen needs a climate-controlled venue';
    return null;
  }

  async review(request: LoanRequest): Promise<LoanDecision> {
    const decision: LoanDecision = { loanId: request.loanId, approved: [], refused: [] };

    for (const specimen of request.specimens) {
      const problem = this.precheck(request, specimen);
      if (problem) {
        decision.refused.push({ catalogueNo: specimen.catalogueNo, reason: problem });
        continue;
      }
      if (!this.underwriter.confirmsCover(this.policyNo, specimen.catalogueNo, specimen.valueUsd)) {
        decision.refused.push({ catalogueNo: specimen.catalogueNo, reason: 'underwriter declined wall-to-wall cover' });
        continue;
      }
      decision.approved.push(specimen);
    }
    return decision;
  }

  letterText(request: LoanRequest, decision: LoanDecision): string {
    const total = decision.approved.reduce((sum, s) => sum + s.valueUsd, 0);
    const approved = decision.approved.map((s) => `  ${s.catalogueNo} ${s.name} (${s.locality})`);
    const refused = decision.refused.map((r) => `  ${r.catalogueNo}: ${r.reason}`);
    return [
      `Loan ${request.loanId} to ${request.borrower}`,
      `Approved (${decision.approved.length}, insured total $${total.toLocaleString('en-US')}):`,
      ...approved,
      ...(refused.length ? ['Not approved:', ...refused] : []),
    ].join('\n');
  }
}
