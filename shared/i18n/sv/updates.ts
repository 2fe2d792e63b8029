/** Appens egna uppdateringar, på översikten. */
import type { Messages } from '../messages.js';

export const UPDATES_TEXT: Messages['UPDATES_TEXT'] = {
  heading: 'Uppdateringar',
  thisVersion: (version: string) => `Det här är version ${version}.`,
  checkNow: 'Sök efter uppdateringar',
  checking: 'Letar efter en nyare version…',
  upToDate: 'Du har den senaste versionen.',
  downloading: (version: string) => `Version ${version} laddas ner i bakgrunden.`,
  ready: (version: string) => `Version ${version} är klar – den installeras när du stänger appen.`,
  restartNow: 'Starta om nu',
  busy: 'Något pågår fortfarande (ett test, fönstret för att välja en mapp, ett kit som skrivs). Starta om när det är klart.',
  refusedChecksum: (version: string) =>
    `Nedladdningen av version ${version} stämde inte med sin kontrollsumma, så den kastades och inget installerades. Appen är oförändrad och försöker igen vid nästa kontroll.`,
  refusedSignature: (version: string) =>
    `Nedladdningen av version ${version} var inte signerad av den här appens skapare, så den kastades och inget installerades. Appen är oförändrad.`,
  someVersion: 'en nyare version',
  downloadYourself:
    'Den här kopian (installerad från ett .deb-paket) uppdaterar sig inte själv. Nya versioner finns här:',
  noUpdater: 'Den här kopian uppdaterar sig inte själv (den installerades inte från en utgåva).',
  automatic: 'Sök efter uppdateringar automatiskt (högst en gång om dagen)',
};
