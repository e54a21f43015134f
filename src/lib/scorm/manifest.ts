/**
 * `imsmanifest.xml` for a course's SCORM 1.2 package: one organisation with
 * an item per lesson in course order, each launching its own SCO, and the
 * shared files as one asset resource. Validated against ADL's XSDs in
 * tests/unit/scormManifest.test.ts; no schemaLocation, since a package names
 * only files it holds and platforms bring their own schemas.
 */
import type {Course} from '../../data/courses';
import {rawScore} from './lessonRecord';
import {lessonFile} from './packageLayout';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Identifiers are XML IDs: course and lesson ids are slugs, but a prefix keeps them from starting with a digit. */
const itemId = (lessonId: string) => `item-${lessonId}`;
const resourceId = (lessonId: string) => `sco-${lessonId}`;
const SHARED_ID = 'felles-filer';

export type ManifestInput = {
  course: Course;
  /** Changes with the package's content, so a platform can tell versions apart. */
  version: string;
  passMark: number;
  /** Every file the lessons share, relative to the package root. */
  sharedFiles: readonly string[];
};

export function scormManifest({course, version, passMark, sharedFiles}: ManifestInput): string {
  const items = course.lessons
    .map(
      (
        lesson,
      ) => `      <item identifier="${itemId(lesson.id)}" identifierref="${resourceId(lesson.id)}" isvisible="true">
        <title>${escapeXml(lesson.title)}</title>
        <adlcp:masteryscore>${rawScore(passMark)}</adlcp:masteryscore>
      </item>`,
    )
    .join('\n');
  const resources = course.lessons
    .map(
      (
        lesson,
      ) => `    <resource identifier="${resourceId(lesson.id)}" type="webcontent" adlcp:scormtype="sco" href="${lessonFile(lesson.id)}">
      <file href="${lessonFile(lesson.id)}"/>
      <dependency identifierref="${SHARED_ID}"/>
    </resource>`,
    )
    .join('\n');
  const shared = sharedFiles.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="innkjopsportalen-${course.id}" version="${escapeXml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="kurs-${course.id}">
    <organization identifier="kurs-${course.id}">
      <title>${escapeXml(course.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="${SHARED_ID}" type="webcontent" adlcp:scormtype="asset">
${shared}
    </resource>
  </resources>
</manifest>
`;
}

/** Every file the manifest names, in the order it names them: what a package must contain. */
export function manifestFiles(manifest: string): string[] {
  return [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
}
