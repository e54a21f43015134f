/**
 * What a reader is told about a template's or guide's version and review,
 * derived from front matter that the build has already validated.
 */
import {isTemplate} from './templateMarker';
import {formatDate} from './format';
import {newsPath} from '../data/routes';
import {publisherOwner} from '../data/publisher';

export type MetaRow = {label: string; value: string};

const STATUS_LABEL: Record<string, string> = {
  gjeldende: 'Gjeldende',
  utkast: 'Utkast – kan endres',
  utgått: 'Utgått – skal ikke brukes i nye anskaffelser',
};

/** `owner` is the publisher's name and unit (`publisherOwner`), shown where a page names no owner of its own. */
export function documentMetaRows(frontMatter: Record<string, unknown>, owner: string = publisherOwner()): MetaRow[] {
  const rows: MetaRow[] = [];
  if (isTemplate(frontMatter)) {
    rows.push({label: 'Versjon', value: String(frontMatter.version)});
    const status = String(frontMatter.status);
    rows.push({label: 'Status', value: STATUS_LABEL[status] ?? status});
  }
  // Templates and guides (the pages with a review date) name their owner: the publisher unless they say otherwise.
  if (isTemplate(frontMatter) || frontMatter.last_reviewed !== undefined) {
    rows.push({label: 'Eier', value: typeof frontMatter.owner === 'string' ? frontMatter.owner : owner});
  }
  if (frontMatter.last_reviewed !== undefined) {
    rows.push({label: 'Sist gjennomgått', value: formatDate(frontMatter.last_reviewed)});
  }
  return rows;
}

/** «Mandat for innkjøpssamarbeid · versjon 1.0.0 · gjeldende · 24. november 2026»: the printed page's header. */
export function printPageHeader(frontMatter: Record<string, unknown>): string {
  const status = STATUS_LABEL[String(frontMatter.status)] ?? String(frontMatter.status);
  return [
    String(frontMatter.title ?? ''),
    `versjon ${String(frontMatter.version)}`,
    status.toLowerCase(),
    formatDate(frontMatter.last_reviewed),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Where a template's Word file is published, relative to the site root. */
export function templateDownloadPath(templateId: string): string {
  return `/maler/${templateId}.docx`;
}

/** Where the Word file of one released version is published (built from its snapshot). */
export function templateVersionDownloadPath(templateId: string, version: string): string {
  return `/maler/${templateId}/${version}.docx`;
}

/** The page that compares two released versions of a template («Hva er endret»). */
export function templateChangesPath(templateId: string): string {
  return `/maler/${templateId}/endringer/`;
}

/** The news tag page that lists a template's change history. */
export function templateHistoryPath(templateId: string): string {
  return newsPath(`tags/${templateId}/`);
}
