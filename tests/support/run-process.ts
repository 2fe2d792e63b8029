/** Test helper: run a process, collect its exit code and everything it wrote (the one spawn-and-collect of the tests). */
import { spawn } from 'node:child_process';

export interface ProcessExit {
  /** The exit code; null when a signal ended it. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The raw bytes, for tests that look for bytes a terminal would act on. */
  readonly stdoutBytes: Buffer;
  readonly stderrBytes: Buffer;
  /** Milliseconds from the start to the close of its output. */
  readonly ms: number;
}

export interface RunProcessOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Written to its standard input, which is then closed; without it standard input is not connected. */
  readonly input?: string;
  /** Leave standard input open after `input` (as `(echo pw; sleep 600) |` does). */
  readonly keepStdinOpen?: boolean;
  /** Killed (SIGKILL) when it has not ended by then. */
  readonly timeoutMs?: number;
}

/** Starts `command args`, never through a shell, and answers once it has ended and its output is closed. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: RunProcessOptions = {},
): Promise<ProcessExit> {
  const start = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => err.push(d));
    const killer =
      options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      const stdoutBytes = Buffer.concat(out);
      const stderrBytes = Buffer.concat(err);
      done({
        code,
        signal,
        stdout: stdoutBytes.toString('utf8'),
        stderr: stderrBytes.toString('utf8'),
        stdoutBytes,
        stderrBytes,
        ms: performance.now() - start,
      });
    });
    if (options.input !== undefined) {
      if (options.keepStdinOpen === true) child.stdin?.write(options.input);
      else child.stdin?.end(options.input);
    }
  });
}
