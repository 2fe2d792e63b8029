/** Test helper: run an independent tool (openssl, keytool, curl, python3), never through a shell. */
import { runProcess } from './run-process.js';

export interface ToolResult {
  /** The exit code; 1 when it could not start or was killed (the time ran out). */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function tool(
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<ToolResult> {
  try {
    const r = await runProcess(command, args, { env: { ...process.env, ...env }, timeoutMs });
    return { code: r.code ?? 1, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    return { code: 1, stdout: '', stderr: String(error) };
  }
}
