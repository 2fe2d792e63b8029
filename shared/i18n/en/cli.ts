/** Command-line text (argument parsing, generate, inspect) in English. */

export const CLI_ARGS_TEXT = {
  unknownFlag: (flag: string): string => `Unknown option "${flag}". Run the command with --help to see its options.`,
  noValueAllowed: (name: string): string => `The option --${name} is a switch and takes no value.`,
  valueNeeded: (name: string): string => `The option --${name} needs a value after it.`,
  givenTwice: (name: string): string => `The option --${name} was given more than once; give it once.`,
  tooFewPositionals: (min: number): string =>
    min === 1 ? 'This command needs at least one file name.' : `This command needs at least ${min} file names.`,
  unexpectedPositional: (arg: string): string =>
    `Unexpected "${arg}". Run the command with --help to see how to use it.`,
} as const;
