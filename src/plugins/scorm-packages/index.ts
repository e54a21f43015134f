import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {build, type Plugin as EsbuildPlugin} from 'esbuild';
import {zipSync} from 'fflate';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {COURSES, PASS_MARK, type Course} from '../../data/courses';
import {scormManifest} from '../../lib/scorm/manifest';
import {packagePage, PackagePageError} from '../../lib/scorm/packagePage';
import {
  lessonFile,
  PACKAGE_ASSETS,
  SCORM_DIR,
  SCORM_INDEX_FILE,
  scormPackagePath,
  type ScormIndex,
} from '../../lib/scorm/packageLayout';

/** Zip entries get this time, so an unchanged course gives a byte-identical package (and the same size on its page). */
const FIXED_MTIME = new Date('2026-01-01T00:00:00Z');

/** A lesson's quiz sits next to its MDX as `<lesson>.quiz.ts` (see courses/). */
const quizModule = (siteDir: string, courseId: string, lessonId: string) =>
  path.join(siteDir, 'courses', courseId, `${lessonId}.quiz.ts`);

/**
 * Resolves what the quiz imports from Docusaurus to the package's stand-ins,
 * and `@site/` to the site folder as the portal's own bundler does.
 */
function portalImports(siteDir: string): EsbuildPlugin {
  const shims: Record<string, string> = {
    '@docusaurus/Link': path.join(siteDir, 'src/standIns/Link.tsx'),
    '@theme/Heading': path.join(siteDir, 'src/standIns/Heading.tsx'),
  };
  return {
    name: 'portal-imports',
    setup(esbuild) {
      esbuild.onResolve({filter: /^(@docusaurus\/Link|@theme\/Heading)$/}, (args) => ({path: shims[args.path]!}));
      esbuild.onResolve({filter: /^@site\//}, (args) =>
        esbuild.resolve(`./${args.path.slice('@site/'.length)}`, {kind: args.kind, resolveDir: siteDir}),
      );
    },
  };
}

/** The lesson script and its styles for one course: React, the quiz and that course's quiz data, nothing else. */
async function bundleCourse(siteDir: string, course: Course): Promise<{js: Uint8Array; css: Uint8Array}> {
  const quizzes = course.lessons.map((lesson) => {
    const file = quizModule(siteDir, course.id, lesson.id);
    if (!existsSync(file))
      throw new PackagePageError(`Leksjonen «${lesson.id}» i «${course.id}» har ingen quiz (${file}).`);
    return file;
  });
  const entry = [
    `import {startLesson} from './src/scorm/lessonPage';`,
    ...quizzes.map((file, i) => `import quiz${i} from ${JSON.stringify(file)};`),
    `startLesson([${quizzes.map((_, i) => `quiz${i}`).join(', ')}]);`,
  ].join('\n');
  const result = await build({
    stdin: {contents: entry, resolveDir: siteDir, loader: 'tsx', sourcefile: `scorm-${course.id}.tsx`},
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    define: {'process.env.NODE_ENV': '"production"'},
    outdir: 'scorm-bundle',
    entryNames: 'lesson',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [portalImports(siteDir)],
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const css = result.outputFiles.find((file) => file.path.endsWith('.css'));
  if (!js || !css) throw new Error(`esbuild ga ikke både skript og stiler for kurset «${course.id}».`);
  return {js: js.contents, css: css.contents};
}

/** The portal's stylesheet as the lesson pages link it; its images must be inline, since the package has no others. */
async function siteStylesheet(outDir: string, baseUrl: string, lessonHtml: string): Promise<Uint8Array> {
  const href = /<link rel="stylesheet" href="([^"]+\.css)"/.exec(lessonHtml)?.[1];
  if (!href) throw new PackagePageError('Fant ikke stilarket på leksjonssidene.');
  const css = await readFile(path.join(outDir, href.slice(baseUrl.length)));
  const external = [...css.toString('utf8').matchAll(/url\(\s*['"]?(?!data:)([^'")]+)/g)].map((m) => m[1]);
  if (external.length > 0) {
    throw new PackagePageError(`Stilarket viser til filer utenfor pakken: ${external.join(', ')}.`);
  }
  return css;
}

async function packageCourse(
  context: LoadContext,
  outDir: string,
  course: Course,
): Promise<{zip: Uint8Array; files: number}> {
  const {url, baseUrl} = context.siteConfig;
  const encoder = new TextEncoder();
  const pages = await Promise.all(
    course.lessons.map(async (lesson) => {
      const html = await readFile(path.join(outDir, lesson.route, 'index.html'), 'utf8');
      return {lesson, html};
    }),
  );
  const {js, css} = await bundleCourse(context.siteDir, course);
  const files: Record<string, Uint8Array> = {
    [PACKAGE_ASSETS.siteCss]: await siteStylesheet(outDir, baseUrl, pages[0]!.html),
    [PACKAGE_ASSETS.lessonCss]: css,
    [PACKAGE_ASSETS.lessonJs]: js,
  };
  for (const {lesson, html} of pages) {
    const pageUrl = new URL(`${baseUrl}${lesson.route.slice(1)}`, url).href;
    files[lessonFile(lesson.id)] = encoder.encode(
      packagePage({html, pageUrl, lessonId: lesson.id, lessonTitle: lesson.title, courseTitle: course.title}),
    );
  }
  const hash = createHash('sha256');
  for (const name of Object.keys(files).sort()) hash.update(name).update(files[name]!);
  const manifest = scormManifest({
    course,
    version: hash.digest('hex').slice(0, 12),
    passMark: PASS_MARK,
    sharedFiles: Object.values(PACKAGE_ASSETS),
  });
  files['imsmanifest.xml'] = encoder.encode(manifest);
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, {mtime: FIXED_MTIME}]])),
    {level: 9},
  );
  return {zip, files: Object.keys(files).length};
}

/**
 * After the build, one SCORM 1.2 package per course (`build/scorm/<course-id>.zip`), made from the built
 * lesson pages and the same quiz component and data, and an index of their sizes for the course pages.
 */
export default function scormPackages(context: LoadContext): Plugin<void> {
  return {
    name: 'scorm-packages',
    async postBuild({outDir}) {
      const index: ScormIndex = {};
      await mkdir(path.join(outDir, SCORM_DIR), {recursive: true});
      for (const course of COURSES) {
        const {zip, files} = await packageCourse(context, outDir, course);
        await writeFile(path.join(outDir, scormPackagePath(course.id)), zip);
        index[course.id] = {bytes: zip.length, files};
      }
      await writeFile(path.join(outDir, SCORM_INDEX_FILE), JSON.stringify(index));
    },
  };
}
