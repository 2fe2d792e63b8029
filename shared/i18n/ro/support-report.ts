/** The support report's words (shared/support-report.ts): the lines around the facts, and its panel. */
export const SUPPORT_REPORT_TEXT = {
  /** `login --report` in the CLI's help. */
  reportFlag:
    'afișează după răspuns raportul pentru asistență: faptele de trimis ca să primești ajutor (fără parolă, token, cheia întreagă sau cheia privată)',
  intro:
    'Ce a găsit Bot Login Wizard, doar fapte. Adaugă un rând despre ce ai făcut, apoi trimite-l celui care te ajută.',
  streamRequest:
    'Bună ziua, Exchange Stream API de la Betfair mi-a refuzat cheia de aplicație (NOT_AUTHORIZED). Vă rog să activați streamingul pentru această cheie. Datele testului meu sunt mai jos.',
  notIncluded:
    'Nu conține: parola ta, tokenul de sesiune, cheia de aplicație întreagă, cheia privată și numele folderelor.',
  button: 'Pregătește un raport pentru asistență',
  preview:
    'Citește-l înainte să-l copiezi: asta e tot ce conține. Aplicația nu-l trimite niciodată; îl lipești tu în mesajul tău.',
  label: 'Raport pentru asistență',
  copy: 'Copiază raportul',
  copied: 'Copiat: lipește-l în mesajul tău.',
  copyFailed: 'Nu s-a putut copia: selectează textul și copiază-l tu.',
};
