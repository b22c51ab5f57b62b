// expect: none
// Every async lookup is awaited before it meets ===, ??, a condition or a template string; the cache stores resolved values.
export interface ContactAttempt {
  call: string;
  frequencyKhz: number;
  rcvdExchange: string; // e.g. "599 14" (RST + CQ zone)
  at: Date;
}

export interface CallsignInfo {
  call: string;
  cqZone: number;
  country: string;
  continent: 'NA' | 'SA' | 'EU' | 'AF' | 'AS' | 'OC';
}

export interface ExchangeCheck {
  call: string;
  mode: 'CW' | 'SSB' | 'DIGI';
  expectedZone: number;
  copiedZone: number | null;
  ok: boolean;
  note?: string;
}

declare const qrz: {
  lookup(call: string): Promise<CallsignInfo | null>;
};
declare const bandPlan: {
  modeAt(frequencyKhz: number): Promise<'CW' | 'SSB' | 'DIGI'>;
};
declare function prefixInfo(call: string): CallsignInfo;

export class ExchangeChecker {
  private readonly cache = new Map<string, CallsignInfo>();

  private async info(call: string): Promise<CallsignInfo> {
    const cached = this.cache.get(call);
    if (cached) return cached;
    const found = (await qrz.lookup(call)) ?? prefixInfo(call);
    this.cache.set(call, found);
    return found;
  }

  async check(attempt: ContactAttempt): Promise<ExchangeCheck> {
    const mode = await bandPlan.modeAt(attempt.frequencyKhz);
    const parts = attempt.rcvdExchange.trim().split(/\s+/);
    const rst = parts[0] ?? '';
    const copiedZone = parts[1] !== undefined && /^\d{1,2}$/.test(parts[1]) ? Number(parts[1]) : null;
    const { cqZone } = await this.info(attempt.call);

    if ((mode === 'CW' || mode === 'DIGI') && rst.length !== 3) {
      return { call: attempt.call, mode, expectedZone: cqZone, copiedZone, ok: false, note: `RST ${rst} is not 3 digits` };
    }
    if (mode === 'SSB' && rst.length !== 2) {
      return { call: attempt.call, mode, expectedZone: cqZone, copiedZone, ok: false, note: `RS ${rst} is not 2 digits` };
    }

    const ok = copiedZone === cqZone;
    return {
      call: attempt.call,
      mode,
      expectedZone: cqZone,
      copiedZone,
      ok,
      note: ok ? undefined : `copied zone ${copiedZone ?? '?'} but ${attempt.call} is in zone ${cqZone}`,
    };
  }

  async isSameEntity(a: string, b: string): Promise<boolean> {
    const [left, right] = await Promise.all([this.info(a), this.info(b)]);
    return left.country === right.country;
  }

  async logLine(attempt: ContactAttempt): Promise<string> {
    const result = await this.check(attempt);
    const stamp = attempt.at.toISOString().slice(11, 16).replace(':', '');
    return `${stamp} ${attempt.frequencyKhz.toFixed(1)} ${result.mode} ${attempt.call} ${attempt.rcvdExchange}${result.ok ? '' : '  ! ' + result.note}`;
  }
}
