/** Words of the layout and forms work (issue 19): the safe answer of a dialog, remembering, the new .p12 password. */

export const LAYOUT_TEXT = {
  /** The safe (primary) answer of "Your login has not been tested yet". */
  stayAndTest: 'Test my login first',
  /** The one question about remembering, in the test form. */
  remember: 'Remember my username and application key on this computer',
  p12PasswordAgain: 'The .p12 password again',
  showP12Password: 'Show the .p12 password',
  p12Mismatch: 'The two .p12 passwords are not the same. Type the same password in both fields.',
  p12NotAscii:
    'Use only unaccented letters (A\u2013Z, a\u2013z), digits, spaces and the symbols of an English keyboard. Programs read other characters (such as \u00e9, \u00f8 or emoji) in different ways, so your bot might not be able to open the .p12 file.',
} as const;
