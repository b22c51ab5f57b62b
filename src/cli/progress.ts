/** A stream the progress line goes to. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Projects smaller than this finish before a progress line would help. */
export const progressThreshold = 50;

/** Draws and clears the "files done / total, elapsed" line. */
export interface Progress {
  /** `detail`: what is being linted now (the projects), shown before the label. */
  update(done: number, total: number, detail?: string): void;
  /** Erases the line (before the report is written). */
  done(): void;
}

/**
 * A progress line on a terminal (`\r`-rewritten, at most every 100 ms, ending with `label` when
 * given: the backend), or nothing when the stream is not a TTY, the run is quiet, or there are at
 * most {@link progressThreshold} files.
 */
export function createProgress(
  stream: ProgressStream,
  total: number,
  quiet: boolean,
  now: () => number = Date.now,
  label?: string,
): Progress {
  if (quiet || stream.isTTY !== true || total <= progressThreshold) return { update: () => undefined, done: () => undefined };
  const started = now();
  let lastDrawn = -Infinity;
  let drawn = false;
  return {
    update(done, all, detail) {
      const time = now();
      if (time - lastDrawn < 100 && done < all) return;
      lastDrawn = time;
      drawn = true;
      const percent = Math.floor((done / all) * 100);
      const suffix = [detail, label]
        .filter((part) => part !== undefined && part !== '')
        .map((part) => `, ${part}`)
        .join('');
      stream.write(`\r\u001b[2Ksettle: ${done}/${all} files (${percent}%), ${((time - started) / 1000).toFixed(1)}s${suffix}`);
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
