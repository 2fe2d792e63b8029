/** The bot-kit engine: a folder per framework, ready to copy to the machine the bot runs on. */
export { writeBotKit, type BotKitDeps, type BotKitInput } from './write-bot-kit.js';
export { embeddedOneFileCli, isSingleExecutable, locateOneFileCli, type OneFileCliPlace } from './one-file-cli.js';
export { kitFiles } from './kit-layout.js';
export { oneFileCliCommand } from './readme.js';
