// expect: none
// Cancellation is rethrown untouched (aborted signal or AbortError) and only genuine failures are wrapped, with the original kept as cause.
export type BlockState = 'normal' | 'line-clear' | 'train-on-line' | 'blocked-back';

export interface BlockSectionStatus {
  section: string;
  state: BlockState;
  lastBellCode: string;
  changedAt: string;
}

export interface SignalBoxDb {
  query<T>(sql: string, params: unknown[], options: { signal: AbortSignal }): Promise<T[]>;
}

export class BlockQueryError extends Error {
  constructor(
    message: string,
    readonly section: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BlockQueryError';
  }
}

export async function fetchSectionStatus(
  db: SignalBoxDb,
  section: string,
  signal: AbortSignal,
): Promise<BlockSectionStatus> {
  try {
    const rows = await db.query<BlockSectionStatus>(
      'SELECT section, state, last_bell_code AS "lastBellCode", changed_at AS "changedAt" FROM block_sections WHERE section = $1',
      [section],
      { signal },
    );
    if (rows.length === 0) {
      throw new BlockQueryError(`no such block section ${section}`, section);
    }
    return rows[0];
  } catch (err) {
    if (signal.aborted || (err instanceof Error && err.name === 'AbortError')) {
      throw err;
    }
    if (err instanceof BlockQueryError) throw err;
    throw new BlockQueryError(`could not read block section ${section}`, section, { cause: err });
  }
}

export async function sectionsAwaitingTrain(
  db: SignalBoxDb,
  sections: string[],
  signal: AbortSignal,
): Promise<string[]> {
  const statuses = await Promise.all(sections.map((s) => fetchSectionStatus(db, s, signal)));
  return statuses.filter((s) => s.state === 'line-clear').map((s) => s.section);
}
