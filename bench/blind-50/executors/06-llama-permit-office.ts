// expect: none
// The callback-API wrappers return after reject, and scanRoster resolves only from its single onDone callback, not from the per-row callback.

export interface TrekPermit {
  permitId: string;
  trailId: string;
  guideId: string;
  llamas: number;
  start: string;
  nights: number;
}

export interface RosterRow {
  llamaId: string;
  name: string;
  packWeightKg: number;
  vetCheckedOn: string;
}

type NodeCallback<T> = (err: Error | null, value?: T) => void;

declare const permitOffice: {
  lookup(permitId: string, cb: NodeCallback<TrekPermit>): void;
  scanRoster(
    trailId: string,
    onRow: (row: RosterRow) => void,
    onDone: (err: Error | null) => void,
  ): void;
  trailQuota(trailId: string, cb: NodeCallback<{ llamasPerDay: number; booked: number }>): void;
};

function lookupPermit(permitId: string): Promise<TrekPermit> {
  return new Promise((resolve, reject) => {
    permitOffice.lookup(permitId, (err, permit) => {
      if (err) return reject(err);
      if (!permit) return reject(new Error(`permit ${permitId} not found`));
      resolve(permit);
    });
  });
}

function rosterFor(trailId: string): Promise<RosterRow[]> {
  return new Promise((resolve, reject) => {
    const rows: RosterRow[] = [];
    permitOffice.scanRoster(
      trailId,
      (row) => {
        rows.push(row);
      },
      (err) => {
        if (err) {
          reject(err);
        } else {
          resolve(rows);
        }
      },
    );
  });
}

function quotaFor(trailId: string): Promise<{ llamasPerDay: number; booked: number }> {
  return new Promise((resolve, reject) => {
    permitOffice.trailQuota(trailId, (err, quota) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(quota ?? { llamasPerDay: 0, booked: 0 });
    });
  });
}

const MAX_PACK_KG = 32;
const VET_VALID_DAYS = 180;

export async function validatePermit(permitId: string, today = new Date()): Promise<string[]> {
  const permit = await lookupPermit(permitId);
  const [roster, quota] = await Promise.all([rosterFor(permit.trailId), quotaFor(permit.trailId)]);
  const problems: string[] = [];
  if (quota.booked + permit.llamas > quota.llamasPerDay) {
    problems.push(`trail ${permit.trailId} quota exceeded (${quota.booked}+${permit.llamas}/${quota.llamasPerDay})`);
  }
  if (roster.length < permit.llamas) {
    problems.push(`only ${roster.length} llamas on roster for ${permit.llamas} permitted`);
  }
  for (const llama of roster) {
    if (llama.packWeightKg > MAX_PACK_KG) {
      problems.push(`${llama.name} is packed at ${llama.packWeightKg}kg`);
    }
    const ageDays = (today.getTime() - Date.parse(llama.vetCheckedOn)) / 86_400_000;
    if (!Number.isFinite(ageDays) || ageDays > VET_VALID_DAYS) {
      problems.push(`${llama.name} needs a vet check`);
    }
  }
  return problems;
}
