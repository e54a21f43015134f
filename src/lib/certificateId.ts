/**
 * A certificate's identifier: derived from the course, the learner's name and the moment the course was completed,
 * so the same completion always prints the same identifier and an employer can compare a copy with the original.
 * Synchronous (the certificate renders on the server too), so a small hash rather than Web Crypto's digest; it
 * tells copies apart, it does not prove who earned them (nothing is stored anywhere but the learner's browser).
 */
import {visibleText} from './text';

// Crockford's base32: no I, L, O or U, so the identifier reads back over the phone without mix-ups.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** 64-bit FNV-1a over the UTF-8 bytes. */
function fnv1a64(input: string): bigint {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(input)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash;
}

/** A name as the learner means it: «Kari  Nordmann » and «Kari Nordmann» are the same person. */
function canonicalName(name: string): string {
  return visibleText(name).normalize('NFC').replace(/\s+/g, ' ');
}

export type CertificateFacts = {courseId: string; learnerName: string; completedAt: string};

/** «KB-7Q2M-9XHD-4RTA»: twelve base32 characters (60 of the hash's 64 bits) in groups of four. */
export function certificateId({courseId, learnerName, completedAt}: CertificateFacts): string {
  // A separator no id, name or ISO timestamp contains keeps («ab», «c») apart from («a», «bc»).
  let hash = fnv1a64([courseId, canonicalName(learnerName), completedAt].join('\u0000')) >> 4n;
  let out = '';
  for (let i = 0; i < 12; i++) {
    out = ALPHABET[Number(hash & 31n)] + out;
    hash >>= 5n;
  }
  return `KB-${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}
