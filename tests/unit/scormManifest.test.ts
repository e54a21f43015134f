import {COURSES, PASS_MARK} from '@site/src/data/courses';
import {manifestFiles, scormManifest} from '@site/src/lib/scorm/manifest';
import {lessonFile, PACKAGE_ASSETS} from '@site/src/lib/scorm/packageLayout';
import {scormManifestErrors} from '../helpers/scormSchema';

const manifestOf = (course: (typeof COURSES)[number]) =>
  scormManifest({course, version: 'abc123', passMark: PASS_MARK, sharedFiles: Object.values(PACKAGE_ASSETS)});

describe('imsmanifest.xml', () => {
  it.each(COURSES.map((course) => [course.id, course]))(
    'of %s is valid against ADL’s SCORM 1.2 schemas',
    async (_, course) => {
      expect(await scormManifestErrors(manifestOf(course))).toEqual([]);
    },
  );

  it.each([
    ['a SCO type ADL does not define', (xml: string) => xml.replace('scormtype="sco"', 'scormtype="leksjon"')],
    ['a resource without its identifier', (xml: string) => xml.replace(/<resource identifier="[^"]+"/, '<resource')],
  ])('fails the schemas with %s, so the check can fail', async (_, breakIt) => {
    expect(await scormManifestErrors(breakIt(manifestOf(COURSES[0]!)))).not.toEqual([]);
  });

  it('has one SCO per lesson in course order, each with the pass mark as mastery score', () => {
    const course = COURSES[1]!;
    const manifest = manifestOf(course);
    const items = [...manifest.matchAll(/<item identifier="item-([^"]+)"/g)].map((m) => m[1]);
    expect(items).toEqual(course.lessons.map((lesson) => lesson.id));
    const scos = [...manifest.matchAll(/adlcp:scormtype="sco" href="([^"]+)"/g)].map((m) => m[1]);
    expect(scos).toEqual(course.lessons.map((lesson) => lessonFile(lesson.id)));
    expect(manifest.match(/<adlcp:masteryscore>(\d+)</g)).toHaveLength(course.lessons.length);
    expect(manifest).toContain(`<adlcp:masteryscore>${Math.round(PASS_MARK * 100)}</adlcp:masteryscore>`);
  });

  it('names every file a package holds, lessons and shared files', () => {
    const course = COURSES[0]!;
    expect(manifestFiles(manifestOf(course))).toEqual([
      ...course.lessons.map((lesson) => lessonFile(lesson.id)),
      ...Object.values(PACKAGE_ASSETS),
    ]);
  });

  it('escapes titles', () => {
    const course = {...COURSES[0]!, title: 'Innkjøp & <samarbeid>'};
    expect(scormManifest({course, version: '1', passMark: PASS_MARK, sharedFiles: []})).toContain(
      '<title>Innkjøp &amp; &lt;samarbeid&gt;</title>',
    );
  });
});
