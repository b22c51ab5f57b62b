// expect: none
// End, error and a premature close all go through one guarded finish that detaches every listener, so the dump promise settles exactly once on each path.
import { Readable } from 'node:stream';

export interface ArrivalRecord {
  ringNumber: string;
  loftId: string;
  arrivedAt: Date;
}

export interface ClockDump {
  clockSerial: string;
  records: ArrivalRecord[];
  rejectedLines: number;
}

const LINE_PATTERN = /^(\w{2}-\d{2}-\d{4,7})\s+(L\d+)\s+(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)$/;

function parseLine(line: string): ArrivalRecord | undefined {
  const match = LINE_PATTERN.exec(line.trim());
  if (!match) return undefined;
  const arrivedAt = new Date(match[3]!);
  if (Number.isNaN(arrivedAt.getTime())) return undefined;
  return { ringNumber: match[1]!, loftId: match[2]!, arrivedAt };
}

export function readClockDump(clockSerial: string, input: Readable): Promise<ClockDump> {
  return new Promise<ClockDump>((resolve, reject) => {
    const records: ArrivalRecord[] = [];
    let rejectedLines = 0;
    let buffered = '';
    let settled = false;

    const consume = (line: string) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const record = parseLine(line);
      if (record) records.push(record);
      else rejectedLines++;
    };

    const onData = (chunk: Buffer | string) => {
      buffered += chunk.toString();
      const lines = buffered.split(/\r?\n/);
      buffered = lines.pop() ?? '';
      lines.forEach(consume);
    };

    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
      input.off('close', onClose);
      if (err) reject(err);
      else resolve({ clockSerial, records, rejectedLines });
    };

    const onEnd = () => {
      if (buffered) consume(buffered);
      finish();
    };
    const onError = (err: Error) => finish(err);
    const onClose = () => finish(new Error(`clock ${clockSerial} disconnected before the dump finished`));

    input.on('data', onData);
    input.once('end', onEnd);
    input.once('error', onError);
    input.once('close', onClose);
  });
}

export function firstArrivalPerLoft(dump: ClockDump): Map<string, ArrivalRecord> {
  const first = new Map<string, ArrivalRecord>();
  for (const record of dump.records) {
    const current = first.get(record.loftId);
    if (!current || record.arrivedAt < current.arrivedAt) first.set(record.loftId, record);
  }
  return first;
}
