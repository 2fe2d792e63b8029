/** --password-stdin de la CLI: su parte de `bot-login login --help` y sus rechazos. */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

export const PASSWORD_STDIN_TEXT: Messages['PASSWORD_STDIN_TEXT'] = {
  help: `
La contraseña desde un script:
  --password-stdin    lee la contraseña de Betfair de la entrada estándar (la primera
                      línea), p. ej.  pass show betfair | bot-login login ... --password-stdin
                      Es más seguro que ${ENV.password}: en Linux una variable de
                      entorno sigue legible en /proc/<pid>/environ (para tu propio
                      usuario y para root) durante toda la ejecución, aunque el comando
                      la quite de su propio entorno en cuanto la ha leído.
`,
  empty:
    'No ha llegado ninguna contraseña por la entrada estándar (--password-stdin): pásala con una tubería, p. ej. pass show betfair | bot-login login ...',
  tooLong:
    'Lo que ha llegado por la entrada estándar es demasiado largo para ser una contraseña (--password-stdin lee una línea).',
  noLine: (seconds: number) =>
    `No ha llegado ninguna línea por la entrada estándar en ${seconds} segundos (--password-stdin solo espera la primera línea): pasa la contraseña con una tubería seguida de un salto de línea, p. ej. pass show betfair | bot-login login ...`,
  terminal:
    'La entrada estándar es este terminal, donde --password-stdin mostraría lo que escribes. Quita --password-stdin: el comando te pedirá la contraseña sin mostrarla.',
};
