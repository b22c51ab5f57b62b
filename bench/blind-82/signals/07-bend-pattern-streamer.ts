// expect: no-swallowed-abort
// sendPattern catches the AbortError from a cancelled pipeline, ignores it and carries on to mark the job as sent to the bending table.
import { createReadStream } from 'node:fs';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface BendJob {
  jobId: string;
  patternFile: string;
  tubeDiameterMm: 8 | 10 | 12 | 15;
  glass: 'lead' | 'soda-lime' | 'borosilicate';
}

declare const bendingTable: {
  connect(tableId: string): Promise<Writable>;
};

declare const jobBoard: {
  markSent(jobId: string, lines: number): Promise<void>;
  markFailed(jobId: string, reason: string): Promise<void>;
};

const RIBBON_BURNER_TEMP: Record<BendJob['glass'], number> = {
  'lead': 480,
  'soda-lime': 560,
  'borosilicate': 820,
};

function toTableInstructions(job: BendJob): Transform {
  let carry = '';
  let count = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _enc, done) {
      const lines = (carry + chunk.toString('utf8')).split('\n');
      carry = lines.pop() ?? '';
      const out: string[] = [];
      for (const raw of lines) {
        const line = raw.trim();
        if (!line || line.startsWith(';')) continue;
        const [cmd, ...args] = line.split(/\s+/);
        if (cmd === 'BEND') {
          out.push(`B ${args[0]} R${Math.max(Number(args[1]), job.tubeDiameterMm * 1.5)}`);
        } else if (cmd === 'HEAT') {
          out.push(`H ${RIBBON_BURNER_TEMP[job.glass]} ${args[0] ?? '30'}`);
        } else {
          out.push(line);
        }
        count += 1;
      }
      done(null, out.length > 0 ? out.join('\n') + '\n' : undefined);
    },
    flush(done) {
      done(null, carry.trim() ? carry.trim() + '\n' : undefined);
    },
  });
  transform.on('end', () => transform.emit('instruction-count', count));
  return transform;
}

export async function sendPattern(job: BendJob, tableId: string, signal: AbortSignal): Promise<number> {
  const table = await bendingTable.connect(tableId);
  const translator = toTableInstructions(job);
  let lines = 0;
  translator.once('instruction-count', (n: number) => {
    lines = n;
  });

  try {
    await pipeline(createReadStream(job.patternFile), translator, table, { signal });
  } catch (err) {
    if ((err as Error).name !== 'AbortError') {
      await jobBoard.markFailed(job.jobId, (err as Error).message);
      throw err;
    }
  }

  await jobBoard.markSent(job.jobId, lines);
  return lines;
}

export async function sendQueue(jobs: BendJob[], tableId: string, signal: AbortSignal): Promise<number> {
  let total = 0;
  for (const job of jobs) {
    total += await sendPattern(job, tableId, signal);
  }
  return total;
}
