// expect: no-unobserved-promise
// screenConsignment starts every risk check up front but returns on the first hold, leaving the remaining checks with no handler if they reject.
export interface Consignment {
  billOfLading: string;
  containerIds: string[];
  consignee: string;
  hsCodes: string[];
  originCountry: string;
}

export type RiskVerdict =
  | { kind: 'clear'; check: string }
  | { kind: 'hold'; check: string; reason: string; containerId?: string };

interface RiskCheck {
  name: string;
  run(c: Consignment): Promise<RiskVerdict>;
}

declare const sanctionsList: { screen(party: string): Promise<{ hit: boolean; listName?: string }> };
declare const tariffEngine: { restricted(hsCode: string, origin: string): Promise<boolean> };
declare const radiationPortal: { lastScan(containerId: string): Promise<{ alarm: boolean; cps: number }> };

const CHECKS: RiskCheck[] = [
  {
    name: 'sanctions',
    async run(c) {
      const res = await sanctionsList.screen(c.consignee);
      return res.hit
        ? { kind: 'hold', check: 'sanctions', reason: `consignee on ${res.listName ?? 'watch list'}` }
        : { kind: 'clear', check: 'sanctions' };
    },
  },
  {
    name: 'tariff',
    async run(c) {
      for (const code of c.hsCodes) {
        if (await tariffEngine.restricted(code, c.originCountry)) {
          return { kind: 'hold', check: 'tariff', reason: `HS ${code} restricted from ${c.originCountry}` };
        }
      }
      return { kind: 'clear', check: 'tariff' };
    },
  },
  {
    name: 'radiation',
    async run(c) {
      for (const id of c.containerIds) {
        const scan = await radiationPortal.lastScan(id);
        if (scan.alarm) return { kind: 'hold', check: 'radiation', reason: `${scan.cps} cps`, containerId: id };
      }
      return { kind: 'clear', check: 'radiation' };
    },
  },
];

export async function screenConsignment(c: Consignment): Promise<RiskVerdict[]> {
  if (c.containerIds.length === 0) {
    return [{ kind: 'hold', check: 'documents', reason: 'no containers declared' }];
  }

  const pending = CHECKS.map((check) => check.run(c));
  const verdicts: RiskVerdict[] = [];
  for (const p of pending) {
    const verdict = await p;
    verdicts.push(verdict);
    if (verdict.kind === 'hold') return verdicts;
  }
  return verdicts;
}

export function releaseDecision(verdicts: RiskVerdict[]): 'release' | 'inspect' {
  return verdicts.some((v) => v.kind === 'hold') ? 'inspect' : 'release';
}
