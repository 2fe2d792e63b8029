/**
 * Values written into code and shell lines the app hands out (the dashboard's samples, a kit's files and README),
 * quoted for the language or shell that reads them, so no value can end its string and run something.
 */

/**
 * A string literal read the same way by Python, JavaScript, Java and C#: JSON's escaping (\" \\ \n \uXXXX) is a
 * subset of all four.
 */
export function codeString(value: string): string {
  return JSON.stringify(value);
}

/**
 * A Java string literal that means the same whatever charset the compiler assumes for the file: `java CheckLogin.java`
 * reads the source in the locale's charset (ASCII where LANG is unset or C, as on many servers and in cron), so every
 * character beyond ASCII is written \uXXXX (one per UTF-16 unit, as Java reads them); the rest as codeString.
 */
export function javaString(value: string): string {
  return codeString(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One POSIX shell word: single quotes, each ' written as '\'' (nothing inside single quotes is special). */
export function posixWord(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * One PowerShell word: single quotes, each quote doubled. PowerShell also takes the typographic single quotes
 * (U+2018, U+2019, U+201A, U+201B) as quotes, so those are doubled too.
 */
export function powershellWord(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}
