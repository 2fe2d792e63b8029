/**
 * The rule for a NEW .p12 password (the one the wizard protects a .p12 it makes with): printable ASCII only, the same
 * when typed twice. Codes only; each caller words them.
 *
 * Why ASCII: PKCS#12 turns the password into bytes in more than one way. The key bag and MAC of the classic format
 * (what this app writes, for Windows/.NET/Java/macOS) take it as a big-endian UTF-16 "BMPString"; PBES2 (OpenSSL 3's
 * default) takes the raw bytes, which are UTF-8 on one system and a legacy code page on another; Java 17's keytool
 * refuses a .p12 that OpenSSL 3 made with the password "pässwörd" ("keystore password was incorrect") while Python
 * opens it; and the same accented letter can be typed as one character or as a letter plus a combining accent (NFC /
 * NFD) depending on the keyboard and system. An ASCII password reads the same in every one of them, so the .p12
 * opens wherever the bot runs. The check refuses (with the reason) rather than warns: a .p12 nobody can open is found
 * out only later, on the bot's machine. Length is not forced: no tool needs one (keytool reads a 3-character one),
 * and the .p12 sits next to the unencrypted .key file anyway.
 */

export type P12PasswordProblem = 'mismatch' | 'not-ascii';

/** Space (0x20) to tilde (0x7E): the characters of an English keyboard. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function isPrintableAscii(password: string): boolean {
  return PRINTABLE_ASCII.test(password);
}

/** Null when `password` (typed again as `again`) may protect a new .p12; an empty password means "no .p12". */
export function checkNewP12Password(password: string, again: string): P12PasswordProblem | null {
  if (!isPrintableAscii(password)) return 'not-ascii';
  if (password !== again) return 'mismatch';
  return null;
}
