/** The support report's words (shared/support-report.ts): the lines around the facts, and its panel. */
export const SUPPORT_REPORT_TEXT = {
  /** `login --report` in the CLI's help. */
  reportFlag:
    "stampa dopo la risposta il rapporto per l'assistenza: i fatti da inviare per avere aiuto (senza password, token, chiave intera o chiave privata)",
  intro:
    'Cosa ha trovato Bot Login Wizard, solo come fatti. Aggiungi una riga su cosa hai fatto, poi invialo a chi ti aiuta.',
  streamRequest:
    "Buongiorno, l'Exchange Stream API di Betfair ha rifiutato la mia chiave applicazione (NOT_AUTHORIZED). Vi chiedo di abilitare lo streaming per questa chiave. Qui sotto i dati della mia prova.",
  notIncluded:
    'Non contiene: la tua password, il token di sessione, la chiave applicazione intera, la chiave privata e i nomi delle cartelle.',
  button: "Prepara un rapporto per l'assistenza",
  preview: "Leggilo prima di copiarlo: contiene solo questo. L'app non lo invia mai; lo incolli tu nel tuo messaggio.",
  label: "Rapporto per l'assistenza",
  copy: 'Copia il rapporto',
  copied: 'Copiato: incollalo nel tuo messaggio.',
  copyFailed: 'Copia non riuscita: seleziona il testo e copialo tu.',
};
