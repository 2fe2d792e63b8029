/** Qué significa un rechazo por ubicación para un bot en otra máquina, en español (ver shared/i18n/en/location.ts). */
export const LOCATION_TEXT = {
  ranFrom:
    'Esta prueba salió desde la dirección de internet de este ordenador, y Betfair decide desde dónde llega un acceso según esa dirección. A un bot en un servidor, en un VPS alquilado o detrás de una VPN se le juzga, en cambio, por la dirección de ese servidor o de esa VPN: un bot en un VPS de otro país será rechazado aunque desde casa el acceso funcione.',
  testOnServer:
    'Para saber qué recibirá tu bot, haz esta misma prueba en la máquina donde se ejecuta el bot (copia allí bot-login.cjs y ejecútalo con node), a través de la misma VPN si el bot usa una.',
};
