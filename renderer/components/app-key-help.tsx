/** "What is an application key?": opens Betfair's developer page in the default browser. */
import { DEVELOPER_PAGE_URL } from '../logic/developer-page.js';
import { ExternalLinkButton } from './external-link-button.js';
import { text } from '../../shared/i18n/text.js';

export function AppKeyHelp() {
  return <ExternalLinkButton look="link" action={{ label: text.ui.appKeys.whatIsIt, url: DEVELOPER_PAGE_URL }} />;
}
