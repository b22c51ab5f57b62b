// expect: no-multiple-settle
// findActiveSlot resolves for exactly one active row and rejects for several, but when every row is decommissioned (or none exist) the callback settles nothing.
export interface VaultSlot {
  accession: string;
  vault: 'A' | 'B' | 'C';
  rack: number;
  shelf: number;
  position: number;
  status: 'active' | 'quarantine' | 'decommissioned';
  storedAtC: number;
}

export interface WithdrawalTicket {
  accession: string;
  slot: VaultSlot;
  grams: number;
  ticketId: string;
}

declare const vaultDb: {
  query<T>(sql: string, params: unknown[], cb: (err: Error | null, rows?: T[]) => void): void;
};

declare const climate: {
  readVaultTemp(vault: VaultSlot['vault']): Promise<number>;
};

declare const tickets: {
  open(accession: string, slot: VaultSlot, grams: number, requester: string): Promise<string>;
};

const SLOT_SQL = `
  SELECT accession, vault, rack, shelf, position, status, stored_at_c AS "storedAtC"
  FROM vault_slots
  WHERE accession = $1
`;

const MAX_DRIFT_C = 2.5;

export function findActiveSlot(accession: string): Promise<VaultSlot> {
  return new Promise((resolve, reject) => {
    vaultDb.query<VaultSlot>(SLOT_SQL, [accession], (err, rows) => {
      if (err) {
        reject(err);
        return;
      }
      const active = (rows ?? []).filter((row) => row.status !== 'decommissioned');
      if (active.length === 1) {
        resolve(active[0]);
      } else if (active.length > 1) {
        const where = active.map((r) => `${r.vault}/${r.rack}/${r.shelf}/${r.position}`).join(', ');
        reject(new Error(`Accession ${accession} is assigned to ${active.length} slots: ${where}`));
      }
    });
  });
}

export async function requestWithdrawal(
  accession: string,
  grams: number,
  requester: string,
): Promise<WithdrawalTicket> {
  if (!Number.isFinite(grams) || grams <= 0 || grams > 50) {
    throw new RangeError(`Withdrawal of ${grams} g is outside the permitted 0-50 g range`);
  }

  const slot = await findActiveSlot(accession);
  if (slot.status === 'quarantine') {
    throw new Error(`Accession ${accession} is quarantined in vault ${slot.vault}`);
  }

  const currentC = await climate.readVaultTemp(slot.vault);
  if (Math.abs(currentC - slot.storedAtC) > MAX_DRIFT_C) {
    throw new Error(
      `Vault ${slot.vault} is at ${currentC.toFixed(1)}°C, ${MAX_DRIFT_C}°C outside storage setpoint; withdrawals paused`,
    );
  }

  const ticketId = await tickets.open(accession, slot, grams, requester);
  return { accession, slot, grams, ticketId };
}
