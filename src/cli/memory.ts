import { readdirSync, readFileSync } from 'node:fs';

/** `field` (VmHWM: peak, VmRSS: now) of this process's children still running (the tsgo backend's native compiler), in MiB, from /proc on Linux; 0 elsewhere. */
function childrenMiB(field: 'VmHWM' | 'VmRSS'): number {
  let total = 0;
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const status = readFileSync(`/proc/${entry}/status`, 'utf8');
        if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
        total += Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    // no /proc: this process alone
  }
  return total;
}

/** The peak resident memory of this process, with that of its running children, in MiB. */
export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024 + childrenMiB('VmHWM'));
}

/** The resident memory of this process and its running children now, in MiB. */
export function currentRssMiB(): number {
  return Math.round(process.memoryUsage.rss() / 2 ** 20 + childrenMiB('VmRSS'));
}
