/** "Expires on <date> (<n> days)", with a warning under 30 days and once expired. */
import { text, intlLocale } from '../../shared/i18n/text.js';
import { formatDate } from '../logic/dates.js';
import { expiryInfo } from '../logic/expiry.js';

interface Props {
  readonly notAfter: string;
}

export function ExpiryLine({ notAfter }: Props) {
  const { daysLeft, level } = expiryInfo(notAfter, Date.now());
  const date = formatDate(notAfter, intlLocale());
  return (
    <>
      <span>
        {level === 'expired' ? text.ui.expiry.expiredOn(date, -daysLeft) : text.ui.expiry.expiresOn(date, daysLeft)}
      </span>
      {level === 'soon' ? (
        <span role="status" className="panel panel-warning block">
          {text.ui.expiry.soonWarning(daysLeft)}
        </span>
      ) : null}
      {level === 'expired' ? (
        <span role="alert" className="panel panel-error block">
          {text.ui.expiry.expiredWarning}
        </span>
      ) : null}
    </>
  );
}
