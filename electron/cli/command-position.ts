/**
 * Where things are in the CLI's arguments: the --lang value and the command's name. No words and no other
 * modules, so the entry can read them before anything is loaded (see key-head-start.ts).
 */

/** The flag every command takes (declared for the argument reader in define-command.ts). */
export const LANG_FLAG = 'lang';

/** The value given with --lang (`--lang it` or `--lang=it`, before any `--`); undefined when none is. */
export function languageArgument(argv: readonly string[]): string | undefined {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  let value: string | undefined;
  args.forEach((arg, i) => {
    if (arg === `--${LANG_FLAG}`) value = args[i + 1]?.startsWith('--') ? undefined : args[i + 1];
    else if (arg.startsWith(`--${LANG_FLAG}=`)) value = arg.slice(LANG_FLAG.length + 3);
  });
  return value;
}

/** Where the command's name is in argv: the first word that is not --lang or its value (argv.length when none). */
export function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === `--${LANG_FLAG}`) i += 1;
    else if (!arg.startsWith(`--${LANG_FLAG}=`)) return i;
  }
  return argv.length;
}
