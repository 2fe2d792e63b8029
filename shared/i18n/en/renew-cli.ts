/** `bot-login renew`: the renewal's steps for a terminal (shared/renewal.ts). */
export const CLI_RENEW_TEXT = {
  summary: 'Renew the certificate beside the working one, so the bot keeps running',
  help: `Usage: bot-login renew --dir DIR [--finish | --cancel] [--json]

Renews the certificate in DIR (the folder with client-2048.crt and client-2048.key) without
stopping the bot. Betfair keeps one certificate per account: once the new one is uploaded, the
old one stops logging in, so the order matters.

  bot-login renew --dir DIR           makes the new set in DIR/renewal-DATE (the working files
                                      are not touched), with the bot's replacement files in
                                      DIR/renewal-DATE/for-the-bot/certs/, and prints the steps;
                                      run again, it shows the renewal under way
  bot-login renew --dir DIR --finish  after the test with the new certificate passed: the new
                                      set takes the working files' names in DIR, the old set
                                      moves to DIR/old-certificates (owner-only)
  bot-login renew --dir DIR --cancel  back to the working set; the unused new set moves to
                                      DIR/old-certificates

Options:
  --json   print one JSON object instead of text

Exit codes: 0 done, 1 could not do it (the reason is printed), 2 wrong usage.
`,
  noDir: 'Say which folder holds the working certificate with --dir DIR.',
  bothFlags: 'Give --finish or --cancel, not both.',
  noWorking: (dir: string) =>
    `There is no certificate (client-2048.crt) in ${dir}. Give the folder your working certificate is in.`,
  noRenewal: (dir: string) => `No renewal is under way in ${dir}. Start one with: bot-login renew --dir ${dir}`,
  started: (dir: string) =>
    `Made the new certificate beside the working one, in ${dir}. Your working files are untouched.`,
  resumed: (dir: string) => `A renewal is under way in ${dir}: the new certificate is not made current yet.`,
  newCertificate: (name: string, fingerprint: string, date: string) =>
    `New certificate:     ${name} (fingerprint begins ${fingerprint}), valid until ${date}`,
  working: (name: string, date: string) => `Your bot still uses: ${name}, runs out on ${date}`,
  stepsHeading: 'In this order:',
  stepUpload: (crt: string) =>
    `  1. Upload ${crt} on your Betfair account's security page. From then on only the new certificate logs in; a bot already logged in keeps its session.`,
  stepBotFiles: (dir: string, files: string) =>
    `  2. Right after, on the bot's machine, replace ${files} in the bot's folder with the files in ${dir} (same names: no path changes).`,
  kitFound: (kit: string) => `Kit made for the working certificate: ${kit} (replace its certs/ files)`,
  stepTest: (command: string) => `  3. Test the new certificate: ${command}`,
  stepFinish: (command: string) => `  4. Once that test passes, make the new set the current one: ${command}`,
  cancelHint: (command: string) => `To go back to the working set at any point: ${command}`,
  finished: (dir: string) => `The new certificate is now the current one in ${dir}, under the same file names.`,
  botFilesAgain: (dir: string) =>
    `If not done yet, replace certs/client-2048.crt and certs/client-2048.key in the bot's folder with the files in ${dir}.`,
  archived: (dir: string) =>
    `The old certificate is in ${dir} (owner-only). Delete it once your bot has logged in with the new one.`,
  cancelled: (archive: string) =>
    `Back to the working certificate, unchanged. The unused new set moved to ${archive}. If you already uploaded the new certificate, upload the working one again.`,
  failed: (message: string) => `Could not renew the certificate: ${message}`,
};
