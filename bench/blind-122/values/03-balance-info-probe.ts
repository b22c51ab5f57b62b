// expect: none
// The callback-style readInfo is wrapped in a promise that is awaited, so the firmware and range are read only after the callback has delivered them.
export interface BalanceInfo {
  serial: string;
  firmware: string;
  rangeN: { lift: number; drag: number; side: number };
}

export interface SixComponentBalance {
  readInfo(cb: (err: Error | null, info?: BalanceInfo) => void): void;
  setExcitation(volts: number): void;
}

export interface ProbeResult {
  serial: string;
  firmware: string;
  suitable: boolean;
  reason?: string;
}

const MIN_FIRMWARE = [4, 2, 0];

function firmwareAtLeast(version: string, min: number[]): boolean {
  const parts = version.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < min.length; i++) {
    const v = parts[i] ?? 0;
    if (v !== min[i]) return v > min[i];
  }
  return true;
}

function readInfo(balance: SixComponentBalance): Promise<BalanceInfo> {
  return new Promise<BalanceInfo>((resolve, reject) => {
    balance.readInfo((err, info) => {
      if (err) reject(err);
      else if (!info) reject(new Error('balance returned no info block'));
      else resolve(info);
    });
  });
}

export async function probeBalance(
  balance: SixComponentBalance,
  expectedLiftN: number,
  expectedDragN: number,
): Promise<ProbeResult> {
  const info = await readInfo(balance);

  if (!firmwareAtLeast(info.firmware, MIN_FIRMWARE)) {
    return { serial: info.serial, firmware: info.firmware, suitable: false, reason: 'firmware too old' };
  }
  if (info.rangeN.lift < expectedLiftN * 1.25 || info.rangeN.drag < expectedDragN * 1.25) {
    return {
      serial: info.serial,
      firmware: info.firmware,
      suitable: false,
      reason: `range ${info.rangeN.lift}/${info.rangeN.drag} N too small for expected loads`,
    };
  }

  balance.setExcitation(10);
  return { serial: info.serial, firmware: info.firmware, suitable: true };
}
