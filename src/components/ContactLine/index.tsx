import React from 'react';
import Link from '@docusaurus/Link';
import {usePublisher} from '@site/src/hooks/usePublisher';

/**
 * How to reach the publisher, in a sentence: the e-mail and postal address the build names, or, when it names
 * none, that this deployment has not given one (so a reader is not left looking for a link that is not there).
 */
export default function ContactLine({subject}: {subject: string}): React.ReactElement {
  const {name, email, postalAddress} = usePublisher();
  if (email === '' && postalAddress.length === 0) {
    return (
      <p>
        Denne utgaven av portalen er ikke satt opp med en kontaktadresse. Ta kontakt med {name} gjennom virksomhetens
        vanlige kanaler.
      </p>
    );
  }
  return (
    <p>
      {email !== '' && (
        <>
          Skriv til {name} på{' '}
          <Link target="_self" href={`mailto:${email}?subject=${encodeURIComponent(subject)}`}>
            {email}
          </Link>
          {postalAddress.length > 0 ? ', eller send brev til ' : '.'}
        </>
      )}
      {postalAddress.length > 0 && (
        <>
          {email === '' && `Send brev til ${name}, `}
          {postalAddress.join(', ')}.
        </>
      )}
    </p>
  );
}
