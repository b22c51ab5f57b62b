// Peak memory of the bench's processes.
import { readdirSync, readFileSync } from 'node:fs';

/** This process's peak RSS in MiB. */
export const peakRssMiB = () => process.resourceUsage().maxRSS / 1024;

/** The peak RSS of this process's children (the tsgo backend's native compiler), from /proc on Linux; 0 elsewhere. */
export function childPeakRssMiB() {
  let total = 0;
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const status = readFileSync(`/proc/${entry}/status`, 'utf8');
        if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
        total += Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024;
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return total;
}

/** The RSS in MiB of `pid` and all its descendants now, from /proc on Linux (0 elsewhere). */
export function treeRssMiB(pid) {
  const children = new Map();
  const rss = new Map();
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const status = readFileSync(`/proc/${entry}/status`, 'utf8');
        const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
        if (!children.has(parent)) children.set(parent, []);
        children.get(parent).push(Number(entry));
        rss.set(Number(entry), Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024);
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return 0;
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const next = stack.pop();
    total += rss.get(next) ?? 0;
    stack.push(...(children.get(next) ?? []));
  }
  return total;
}
