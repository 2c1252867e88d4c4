// Run one build phase as a child process and measure its wall time and peak resident memory.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, createWriteStream } from 'node:fs';

export interface PhaseResult {
  wallMs: number;
  /** Peak RSS of the largest process of the phase, in MB. */
  peakRssMB: number;
  /** User + system CPU time of the phase and its children: less sensitive than wall time to other load. */
  cpuMs: number | null;
  /** The phase's stdout and stderr. */
  log: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Run a command, timing it; peak RSS comes from GNU time when installed, else from polling /proc.
 * @param command argv (first element the executable)
 * @param env environment added to the current one
 * @param logFile where the phase's output is written
 * @param cwd working directory of the command (default: the current one)
 * @returns wall time, peak RSS and the output
 * @throws when the command exits non-zero, with the tail of its output
 */
export async function measurePhase(command: string[], env: Record<string, string>, logFile: string, cwd?: string): Promise<PhaseResult> {
  const useTime = existsSync(GNU_TIME);
  const rssFile = `${logFile}.rss`;
  rmSync(rssFile, { force: true });
  const argv = useTime ? [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, ...command] : command;
  const out = createWriteStream(logFile);
  let log = '';
  const started = performance.now();
  const child = spawn(argv[0], argv.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let polledKB = 0;
  const poll = useTime ? null : setInterval(() => (polledKB = Math.max(polledKB, vmHwmKB(child.pid))), 50);
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      out.write(chunk);
    });
  }
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  const wallMs = performance.now() - started;
  if (poll) clearInterval(poll);
  out.end();
  if (code !== 0) throw new Error(`${command.join(' ')} exited with ${code}:\n${log.slice(-3000)}`);
  let kb = polledKB;
  let cpuMs: number | null = null;
  if (useTime) {
    const [maxRss, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    kb = maxRss;
    cpuMs = Math.round((user + system) * 1000);
  }
  return { wallMs: Math.round(wallMs), peakRssMB: Math.round(kb / 1024), cpuMs, log };
}

function vmHwmKB(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}
