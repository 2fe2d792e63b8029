/** The support report's words (shared/support-report.ts): the lines around the facts, and its panel. */
export const SUPPORT_REPORT_TEXT = {
  /** `login --report` in the CLI's help. */
  reportFlag:
    'imprime tras la respuesta el informe para soporte: los datos que enviar para pedir ayuda (sin contraseña, token, clave completa ni clave privada)',
  intro:
    'Lo que encontró Bot Login Wizard, solo datos. Añade una línea sobre lo que hiciste y envíalo a quien te ayude.',
  streamRequest:
    'Hola, la Exchange Stream API de Betfair rechazó mi clave de aplicación (NOT_AUTHORIZED). Os pido que activéis el streaming para esta clave. Abajo están los datos de mi prueba.',
  notIncluded:
    'No incluye: tu contraseña, el token de sesión, la clave de aplicación completa, la clave privada ni nombres de carpetas.',
  button: 'Preparar un informe para soporte',
  preview: 'Léelo antes de copiarlo: esto es todo lo que contiene. La app nunca lo envía; lo pegas tú en tu mensaje.',
  label: 'Informe para soporte',
  copy: 'Copiar el informe',
  copied: 'Copiado: pégalo en tu mensaje.',
  copyFailed: 'No se pudo copiar: selecciona el texto y cópialo tú.',
};
