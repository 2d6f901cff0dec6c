/**
 * The processes the benchmark starts (builds, the portal, the floor) and what it reads of them: each
 * server runs in a process group of its own, so stopping it stops whatever it started, and its
 * memory is the resident size of that process and all its descendants (/proc).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";

export type Server = { name: string; url: string; process: ChildProcess; logFile: string };

const running = new Set<ChildProcess>();

/** Runs a command to its end, its output in the log file; throws with the log's tail when it fails. */
export async function runStep(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<void> {
  const log = createWriteStream(options.logFile);
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  running.delete(child);
  await new Promise((resolve) => log.end(resolve));
  if (code !== 0) {
    const tail = readFileSync(options.logFile, "utf8").split("\n").slice(-30).join("\n");
    throw new Error(`${command} ${args.join(" ")} failed (${code}); the end of ${options.logFile}:\n${tail}`);
  }
}

/** Starts a server and waits until `readyPath` answers (any status below 500). */
export async function startServer(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; url: string; readyPath: string; logFile: string },
): Promise<Server> {
  const log = createWriteStream(options.logFile);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  running.add(child);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.on("exit", () => running.delete(child));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(new URL(options.readyPath, options.url), { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status < 500) return { name, url: options.url, process: child, logFile: options.logFile };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stopProcess(child);
  throw new Error(`${name} did not start; see ${options.logFile}`);
}

function stopProcess(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // The whole group: a server's own children (cluster workers) go with it.
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
}

/** Stops every process this run started and waits for them to go (SIGKILL after 5 s). */
export async function stopAll(): Promise<void> {
  const children = [...running];
  for (const child of children) stopProcess(child);
  const deadline = Date.now() + 5_000;
  while (children.some((child) => child.exitCode === null && child.signalCode === null) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const child of children) {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  }
  running.clear();
}

/** The process and all its descendants, from /proc (Linux). */
function processTree(rootPid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields) parents.set(Number(entry), Number(fields[1]));
  }
  const tree = new Set([rootPid]);
  let grown = true;
  while (grown) {
    grown = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grown = true;
      }
    }
  }
  return [...tree];
}

/** /proc/<pid>/stat's fields after the command's name (state, ppid, …), or null once the process is gone. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** Resident memory of the process and all its descendants, in bytes. */
export function treeResidentBytes(rootPid: number): number {
  let total = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      total += Number(rss?.[1] ?? 0) * 1024;
    } catch {
      // Ended meanwhile.
    }
  }
  return total;
}

/** CPU time (user + system, in clock ticks: hundredths of a second) of the process and its descendants. */
export function treeCpuTicks(rootPid: number): number {
  let total = 0;
  for (const pid of processTree(rootPid)) {
    const fields = statFields(pid);
    // utime and stime: the 14th and 15th fields of stat, the 12th and 13th after the name.
    if (fields) total += Number(fields[11]) + Number(fields[12]);
  }
  return total;
}

/** Samples a server's memory every `everyMs` until stopped: what it had at the start, and its peak. */
export function sampleMemory(server: Server, everyMs = 200): { start: number; stop: () => number } {
  const pid = server.process.pid;
  const start = pid === undefined ? 0 : treeResidentBytes(pid);
  let peak = start;
  const timer = setInterval(() => {
    if (pid !== undefined) peak = Math.max(peak, treeResidentBytes(pid));
  }, everyMs);
  return {
    start,
    stop: () => {
      clearInterval(timer);
      if (pid !== undefined) peak = Math.max(peak, treeResidentBytes(pid));
      return peak;
    },
  };
}
