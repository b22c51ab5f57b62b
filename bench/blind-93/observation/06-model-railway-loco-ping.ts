// expect: no-unchecked-settled-results
// The allSettled results are cast to PromiseFulfilledResult and .value is read without checking status; an unreachable loco yields undefined.
export interface Loco {
  address: number;
  name: string;
  decoder: 'ESU' | 'Zimo' | 'Lenz' | 'Digitrax';
}

export interface DecoderStatus {
  address: number;
  firmware: string;
  speedStep: number;
  functions: boolean[];
  voltage: number;
}

declare const dcc: {
  readStatus(address: number, opts: { timeoutMs: number }): Promise<DecoderStatus>;
};

export interface RosterHealth {
  name: string;
  address: number;
  firmware: string;
  lowVoltage: boolean;
}

const LOW_TRACK_VOLTAGE = 13.5;

export async function checkRoster(roster: Loco[], timeoutMs = 800): Promise<RosterHealth[]> {
  const results = await Promise.allSettled(
    roster.map((loco) => dcc.readStatus(loco.address, { timeoutMs })),
  );

  const statuses = results.map((r) => (r as PromiseFulfilledResult<DecoderStatus>).value);

  return roster.map((loco, i) => {
    const status = statuses[i];
    return {
      name: loco.name,
      address: loco.address,
      firmware: status.firmware,
      lowVoltage: status.voltage < LOW_TRACK_VOLTAGE,
    };
  });
}

export function renderHealthTable(rows: RosterHealth[]): string {
  const header = ['Addr', 'Name', 'Firmware', 'Track V'];
  const lines = rows.map((r) =>
    [String(r.address).padStart(4), r.name.padEnd(20), r.firmware.padEnd(10), r.lowVoltage ? 'LOW' : 'ok'].join(
      ' | ',
    ),
  );
  return [header.join(' | '), ...lines].join('\n');
}

export function outdatedDecoders(rows: RosterHealth[], minimum: string): RosterHealth[] {
  const parse = (v: string) => v.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const min = parse(minimum);
  return rows.filter((r) => {
    const have = parse(r.firmware);
    for (let i = 0; i < Math.max(have.length, min.length); i++) {
      if ((have[i] ?? 0) !== (min[i] ?? 0)) return (have[i] ?? 0) < (min[i] ?? 0);
    }
    return false;
  });
}
