// expect: none
// The job record stores its promise in a field typed Promise<...> on purpose; callers await job.done, and the status compares awaited values only.
import { randomUUID } from 'node:crypto';

type Level = 'open-water' | 'advanced' | 'rescue' | 'divemaster';

interface Student { id: string; name: string; level: Level; medicalCleared: boolean }
interface PoolSlot { start: Date; lane: number }

declare const pool: { nextFreeSlot(after: Date, minutes: number): Promise<PoolSlot> };
declare const instructors: { available(level: Level, at: Date): Promise<string | null> };

export interface ScheduleJob {
  id: string;
  studentId: string;
  createdAt: Date;
  done: Promise<{ instructor: string; slot: PoolSlot } | null>;
}

const jobs = new Map<string, ScheduleJob>();

async function schedule(student: Student): Promise<{ instructor: string; slot: PoolSlot } | null> {
  if (!student.medicalCleared) return null;
  const slot = await pool.nextFreeSlot(new Date(), student.level === 'open-water' ? 180 : 120);
  const instructor = await instructors.available(student.level, slot.start);
  return instructor === null ? null : { instructor, slot };
}

export function requestConfinedWaterSession(student: Student): ScheduleJob {
  const job: ScheduleJob = {
    id: randomUUID(),
    studentId: student.id,
    createdAt: new Date(),
    done: schedule(student),
  };
  job.done.catch(() => {}); // surfaced through jobStatus()
  jobs.set(job.id, job);
  return job;
}

export async function jobStatus(jobId: string): Promise<{ state: 'unknown' | 'scheduled' | 'unassigned' | 'failed'; detail?: string }> {
  const job = jobs.get(jobId);
  if (!job) return { state: 'unknown' };
  try {
    const outcome = await job.done;
    if (outcome === null) return { state: 'unassigned', detail: 'no instructor or medical clearance missing' };
    return {
      state: 'scheduled',
      detail: `${outcome.instructor}, lane ${outcome.slot.lane} at ${outcome.slot.start.toISOString()}`,
    };
  } catch (err) {
    return { state: 'failed', detail: (err as Error).message };
  }
}

export async function scheduleClass(students: Student[]): Promise<string[]> {
  const started = students.map(requestConfinedWaterSession);
  const lines: string[] = [];
  for (const job of started) {
    const status = await jobStatus(job.id);
    lines.push(`${job.studentId}: ${status.state}${status.detail ? ` (${status.detail})` : ''}`);
  }
  return lines;
}
