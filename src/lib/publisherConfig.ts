/**
 * The publisher of a deployment, from the build's environment over the defaults in src/data/publisher.ts:
 * an agency that hosts the portal names itself without editing code. Bad values stop the build with a
 * Norwegian message naming the variable, as src/lib/siteAddress.ts does.
 */
import {PUBLISHER, type Publisher} from '../data/publisher';

export type PublisherEnv = {
  PUBLISHER_NAME?: string;
  PUBLISHER_UNIT?: string;
  PUBLISHER_LOGO_TEXT?: string;
  PUBLISHER_EMAIL?: string;
  /** Lines separated by «|», e.g. «Postboks 1 Sentrum|0101 Oslo». */
  PUBLISHER_ADDRESS?: string;
};

const MAX_LENGTH = 120;
// One address with a dot in its domain: enough to catch a typo or a name typed in the wrong variable.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/;

function text(name: keyof PublisherEnv, raw: string | undefined, fallback: string): string {
  const value = (raw ?? '').trim();
  if (value === '') return fallback;
  if (value.length > MAX_LENGTH || /[<>\p{Cc}]/u.test(value)) {
    throw new Error(
      `${name} må være en tekst på én linje, uten «<» og «>», på høyst ${MAX_LENGTH} tegn (fikk «${value}»).`,
    );
  }
  return value;
}

export function resolvePublisher(env: PublisherEnv, defaults: Publisher = PUBLISHER): Publisher {
  const name = text('PUBLISHER_NAME', env.PUBLISHER_NAME, defaults.name);
  const email = (env.PUBLISHER_EMAIL ?? '').trim();
  if (email !== '' && !EMAIL.test(email)) {
    throw new Error(`PUBLISHER_EMAIL må være én e-postadresse, for eksempel «post@etat.no» (fikk «${email}»).`);
  }
  const address = (env.PUBLISHER_ADDRESS ?? '').trim();
  const postalAddress =
    address === ''
      ? defaults.postalAddress
      : address.split('|').map((line) => text('PUBLISHER_ADDRESS', line, '') || emptyLine(address));
  return {
    name,
    unit: text('PUBLISHER_UNIT', env.PUBLISHER_UNIT, defaults.unit),
    // A new agency name is also its header text unless the header is given its own.
    logoText: text(
      'PUBLISHER_LOGO_TEXT',
      env.PUBLISHER_LOGO_TEXT,
      env.PUBLISHER_NAME?.trim() ? name : defaults.logoText,
    ),
    email: email || defaults.email,
    postalAddress,
  };
}

function emptyLine(address: string): never {
  throw new Error(`PUBLISHER_ADDRESS har en tom linje; skill linjene med «|» (fikk «${address}»).`);
}

/** A `mailto:` address with subject and body filled in, encoded as RFC 6068 asks (spaces as %20, not «+»). */
export function mailtoHref(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
