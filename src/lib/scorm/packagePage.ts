/**
 * A lesson's launch page in a SCORM package, cut from the portal's own built
 * page: the same rendered lesson text and quiz markup, with the portal's
 * navigation left out, links to other pages sent to the portal in a new
 * window and nothing loaded from outside the package. Build time only.
 */
import {load} from 'cheerio';
import {PACKAGE_ASSETS, QUIZ_MOUNT_ATTRIBUTE, STATUS_ATTRIBUTE} from './packageLayout';

export type PackagePageInput = {
  /** The built page of the lesson on the portal. */
  html: string;
  /** The page's absolute address on the portal, which its relative links resolve against. */
  pageUrl: string;
  lessonId: string;
  lessonTitle: string;
  courseTitle: string;
};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Thrown when a built page is not what the packages are made from; the build stops with the reason. */
export class PackagePageError extends Error {}

export function packagePage({html, pageUrl, lessonId, lessonTitle, courseTitle}: PackagePageInput): string {
  const $ = load(html);
  const content = $('.theme-doc-markdown').first();
  if (content.length === 0) throw new PackagePageError(`Fant ikke leksjonsteksten på ${pageUrl}.`);
  const quiz = content.find(`section[data-quiz="${lessonId}"]`);
  if (quiz.length !== 1) throw new PackagePageError(`Fant ikke quizen til leksjonen «${lessonId}» på ${pageUrl}.`);

  // What only the portal does: offline status, and heading anchors a platform's frame would not follow.
  content.find('[data-offline-status], .hash-link').remove();
  quiz.wrap(`<div ${QUIZ_MOUNT_ATTRIBUTE}="${lessonId}"></div>`);

  content.find('a[href]').each((_, element) => {
    const link = $(element);
    const href = link.attr('href')!;
    if (href.startsWith('#')) return;
    link.attr('href', new URL(href, pageUrl).href);
    link.attr('target', '_blank');
    link.attr('rel', 'noopener');
  });

  const loaded = content.find('img, picture, source, video, audio, iframe, object, embed, link, script');
  if (loaded.length > 0) {
    throw new PackagePageError(
      `Leksjonen «${lessonId}» laster inn ${loaded.first().prop('tagName')?.toLowerCase()}, som SCORM-pakkene ikke tar med. Bruk tekst, tabeller eller SVG i leksjonene.`,
    );
  }

  return `<!doctype html>
<html lang="nb-NO" data-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(lessonTitle)} – ${escapeHtml(courseTitle)}</title>
<link rel="stylesheet" href="${PACKAGE_ASSETS.siteCss}">
<link rel="stylesheet" href="${PACKAGE_ASSETS.lessonCss}">
</head>
<body>
<main class="container margin-vert--lg scorm-lesson">
<p class="scorm-lesson-note">Kurs: ${escapeHtml(courseTitle)}. Lenker til andre sider åpner Innkjøpsportalen i et nytt vindu.</p>
<p ${STATUS_ATTRIBUTE} class="scorm-lesson-note" role="status">Leksjonen trenger JavaScript for å sende resultatet til læringsplattformen.</p>
${$.html(content)}
</main>
<script src="${PACKAGE_ASSETS.lessonJs}"></script>
</body>
</html>
`;
}
