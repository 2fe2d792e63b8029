/** CLI:ns --password-stdin: dess del av `bot-login login --help` och dess avslag. */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

export const PASSWORD_STDIN_TEXT: Messages['PASSWORD_STDIN_TEXT'] = {
  help: `
Lösenordet från ett skript:
  --password-stdin    läser Betfair-lösenordet från standard in (första raden),
                      t.ex.  pass show betfair | bot-login login ... --password-stdin
                      Det är säkrare än ${ENV.password}: på Linux går en
                      miljövariabel att läsa i /proc/<pid>/environ (för din egen
                      användare och för root) under hela körningen, även om kommandot
                      tar bort den ur sin egen miljö så snart den har lästs.
`,
  empty:
    'Inget lösenord kom på standard in (--password-stdin): skicka det med en pipe, t.ex. pass show betfair | bot-login login ...',
  tooLong:
    'Det som kom på standard in är alldeles för långt för att vara ett lösenord (--password-stdin läser en rad).',
  noLine: (seconds: number) =>
    `Ingen rad kom på standard in inom ${seconds} sekunder (--password-stdin väntar bara på första raden): skicka lösenordet med en pipe följt av en radbrytning, t.ex. pass show betfair | bot-login login ...`,
  terminal:
    'Standard in är den här terminalen, där --password-stdin skulle visa det du skriver. Utelämna --password-stdin: kommandot frågar då efter lösenordet utan att visa det.',
};
