// expect: require-signal-propagation
// loanStatus forwards options.signal to the registry and climate calls but not to courier.track, which accepts one, so an aborted status request keeps waiting on the courier.
export interface CallOptions {
  signal?: AbortSignal;
}

export interface LoanRecord {
  loanId: string;
  borrowerMuseum: string;
  crateIds: string[];
  trackingNumber?: string;
  dueBack: string;
}

export interface ShipmentStatus {
  trackingNumber: string;
  lastScan: string;
  location: string;
  delivered: boolean;
}

export interface CrateClimate {
  crateId: string;
  relativeHumidity: number;
  tempC: number;
  shockG: number;
}

export interface LoanDeps {
  registry: { getLoan(loanId: string, opts?: CallOptions): Promise<LoanRecord> };
  courier: { track(trackingNumber: string, opts?: CallOptions): Promise<ShipmentStatus> };
  crates: { latestClimate(crateIds: string[], opts?: CallOptions): Promise<CrateClimate[]> };
}

export interface LoanStatus {
  loanId: string;
  borrower: string;
  shipment: ShipmentStatus | null;
  alerts: string[];
  overdue: boolean;
}

const MAX_SHOCK_G = 6;
const RH_BAND = { min: 40, max: 55 };

function climateAlerts(readings: CrateClimate[]): string[] {
  const alerts: string[] = [];
  for (const r of readings) {
    if (r.relativeHumidity < RH_BAND.min || r.relativeHumidity > RH_BAND.max) {
      alerts.push(`crate ${r.crateId}: RH ${r.relativeHumidity}% outside ${RH_BAND.min}-${RH_BAND.max}%`);
    }
    if (r.shockG > MAX_SHOCK_G) alerts.push(`crate ${r.crateId}: shock ${r.shockG} g recorded`);
  }
  return alerts;
}

export async function loanStatus(loanId: string, deps: LoanDeps, options: CallOptions = {}): Promise<LoanStatus> {
  const loan = await deps.registry.getLoan(loanId, { signal: options.signal });
  const shipment = loan.trackingNumber ? await deps.courier.track(loan.trackingNumber) : null;
  const climate = loan.crateIds.length > 0 ? await deps.crates.latestClimate(loan.crateIds, { signal: options.signal }) : [];

  const overdue = Date.parse(loan.dueBack) < Date.now() && !(shipment?.delivered ?? false);
  return {
    loanId,
    borrower: loan.borrowerMuseum,
    shipment,
    alerts: climateAlerts(climate),
    overdue,
  };
}

export async function morningBriefing(loanIds: string[], deps: LoanDeps, options: CallOptions = {}): Promise<string[]> {
  const lines: string[] = [];
  for (const loanId of loanIds) {
    const status = await loanStatus(loanId, deps, options);
    const where = status.shipment ? `${status.shipment.location} (${status.shipment.lastScan})` : 'not shipped';
    const flag = status.overdue ? ' OVERDUE' : '';
    lines.push(`${loanId} → ${status.borrower}: ${where}${flag}${status.alerts.length ? `; ${status.alerts.join('; ')}` : ''}`);
  }
  return lines;
}
