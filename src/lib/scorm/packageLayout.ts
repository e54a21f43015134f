/**
 * Where things are in the portal's build and inside a SCORM package. The
 * plugin, the course page's download, the bench and the tests all use these.
 */

/** The folder of the build that holds the packages, and the file with their sizes the course pages read. */
export const SCORM_DIR = '/scorm';
export const SCORM_INDEX_FILE = `${SCORM_DIR}/pakker.json`;

/** `/scorm/<course-id>.zip`, under the site's base URL. */
export const scormPackagePath = (courseId: string): string => `${SCORM_DIR}/${courseId}.zip`;

/** A lesson's launch file, at the package's root so every path inside it is one step from `assets/`. */
export const lessonFile = (lessonId: string): string => `${lessonId}.html`;

/** Files every lesson of a package shares. */
export const PACKAGE_ASSETS = {
  siteCss: 'assets/site.css',
  lessonCss: 'assets/lesson.css',
  lessonJs: 'assets/lesson.js',
} as const;

/** What the course pages are told about each package, by course id. */
export type ScormIndex = Record<string, {bytes: number; files: number}>;

/** The index as read from the build, or null when it is not what the plugin writes. */
export function parseScormIndex(value: unknown): ScormIndex | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  const valid = entries.every(([, entry]) => {
    const e = entry as {bytes?: unknown; files?: unknown} | null;
    return (
      typeof e === 'object' &&
      e !== null &&
      Number.isInteger(e.bytes) &&
      (e.bytes as number) > 0 &&
      Number.isInteger(e.files) &&
      (e.files as number) > 0
    );
  });
  return valid ? (value as ScormIndex) : null;
}

/** The lesson's placeholder for the quiz the package's script renders; carries the lesson id. */
export const QUIZ_MOUNT_ATTRIBUTE = 'data-scorm-quiz';
/** Where the script says whether a platform records the lesson. */
export const STATUS_ATTRIBUTE = 'data-scorm-status';
