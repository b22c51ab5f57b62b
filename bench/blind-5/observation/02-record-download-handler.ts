// expect: no-unobserved-promise
// accessLog.record() is started before the permission check and only awaited on the allowed path; when the check throws 403 the promise is abandoned, so if the audit insert then fails (database failover) it is an unhandled rejection that takes down the Node process.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface Actor {
  id: string;
  roles: string[];
  careTeams: string[];
}
interface PatientRecord {
  id: string;
  patientId: string;
  careTeam: string;
  filePath: string;
  restricted: boolean;
}

declare const auth: { verify(header: string | undefined): Promise<Actor> };
declare const records: { get(id: string): Promise<PatientRecord | null> };
declare const accessLog: {
  record(entry: { actor: string; recordId: string; action: 'download'; outcome: 'granted' | 'denied'; at: Date }): Promise<void>;
};

function canRead(actor: Actor, record: PatientRecord): boolean {
  if (actor.roles.includes('compliance')) return true;
  if (record.restricted && !actor.roles.includes('attending')) return false;
  return actor.careTeams.includes(record.careTeam);
}

export async function downloadRecord(req: IncomingMessage, res: ServerResponse, recordId: string): Promise<void> {
  const actor = await auth.verify(req.headers.authorization);
  const record = await records.get(recordId);
  if (!record) throw new HttpError(404, `record ${recordId} not found`);

  const allowed = canRead(actor, record);
  const logged = accessLog.record({
    actor: actor.id,
    recordId,
    action: 'download',
    outcome: allowed ? 'granted' : 'denied',
    at: new Date(),
  });
  if (!allowed) {
    throw new HttpError(403, "you are not on this patient's care team");
  }
  await logged;

  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="record-${record.id}.pdf"`,
    'cache-control': 'no-store',
  });
  await pipeline(createReadStream(record.filePath), res);
}
