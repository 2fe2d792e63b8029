/** Test helper: a CliIo that records what a command prints. */
import type { CliIo } from '../../../../electron/cli/command.js';

export interface RecordingIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
  readonly prompts: string[];
}

export function recordingIo(
  env: Record<string, string> = {},
  options: { interactive?: boolean; answer?: string } = {},
): RecordingIo {
  let out = '';
  let err = '';
  const prompts: string[] = [];
  return {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    env,
    interactive: options.interactive ?? false,
    promptHidden: async (q) => {
      prompts.push(q);
      return options.answer ?? '';
    },
    out: () => out,
    err: () => err,
    prompts,
  };
}
