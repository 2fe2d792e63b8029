/** The support report's words (shared/support-report.ts): the lines around the facts, and its panel. */
export const SUPPORT_REPORT_TEXT = {
  /** `login --report` in the CLI's help. */
  reportFlag:
    'skriv ut supportrapporten efter svaret: fakta att skicka för att få hjälp (inget lösenord, token, hel nyckel eller privat nyckel)',
  intro:
    'Det Bot Login Wizard hittade, bara fakta. Lägg till en rad om vad du gjorde och skicka det sedan till den som hjälper dig.',
  streamRequest:
    'Hej, Betfairs Exchange Stream API nekade min applikationsnyckel (NOT_AUTHORIZED). Aktivera gärna streaming för den här nyckeln. Fakta från mitt test finns nedan.',
  notIncluded: 'Ingår inte: ditt lösenord, sessionstoken, hela applikationsnyckeln, den privata nyckeln och mappnamn.',
  button: 'Gör en supportrapport',
  preview:
    'Läs den innan du kopierar den: det här är allt den innehåller. Appen skickar den aldrig; du klistrar in den i ditt eget meddelande.',
  label: 'Supportrapport',
  copy: 'Kopiera rapporten',
  copied: 'Kopierad: klistra in den i ditt meddelande.',
  copyFailed: 'Kunde inte kopiera: markera texten och kopiera den själv.',
};
