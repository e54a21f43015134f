import * as scorm12 from 'scorm-again/scorm12';
import {scoreQuiz} from '@site/src/lib/quiz';
import {findScormApi, type Scorm12Api} from '@site/src/lib/scorm/api';
import {LessonSession} from '@site/src/lib/scorm/lessonSession';
import {correctAnswers, courseQuizzes} from '../helpers/courseQuizzes';

// scorm-again's types declare a default export; its module exports the class by name.
const {Scorm12API} = scorm12 as unknown as {Scorm12API: typeof scorm12.default};
type Scorm12API = InstanceType<typeof Scorm12API>;

const quiz = courseQuizzes()[1]!;
const right = correctAnswers(quiz);
const wrong = {};

/** scorm-again, the runtime platforms embed, with every commit recorded as the values it sent. */
function runtime(stored?: Record<string, unknown>) {
  const api = new Scorm12API({logLevel: 5});
  if (stored) api.loadFromJSON(stored);
  const commits: string[] = [];
  api.on('LMSCommit', () => commits.push(api.LMSGetValue('cmi.core.lesson_status')));
  return {api: api as unknown as Scorm12Api & Scorm12API, commits};
}

/** What the runtime would send the platform, write-only elements included. */
const sentOnFinish = (api: Scorm12API) => (api.renderCommitCMI(true) as {cmi: {core: Record<string, string>}}).cmi;

describe('a lesson launched in a platform', () => {
  it('is incomplete once opened, failed then passed as the learner checks, and committed each time', () => {
    const {api, commits} = runtime();
    const [session, start] = LessonSession.open(api, quiz, () => 0);
    expect(start).toEqual({connected: true, saved: null, location: null, problem: null});
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');

    session.recordCheck(scoreQuiz(quiz, wrong), {answers: wrong, attempt: 0, checked: true});
    expect([api.LMSGetValue('cmi.core.score.raw'), api.LMSGetValue('cmi.core.lesson_status')]).toEqual(['0', 'failed']);
    expect([api.LMSGetValue('cmi.core.score.min'), api.LMSGetValue('cmi.core.score.max')]).toEqual(['0', '100']);

    session.recordCheck(scoreQuiz(quiz, right), {answers: right, attempt: 1, checked: true});
    expect([api.LMSGetValue('cmi.core.score.raw'), api.LMSGetValue('cmi.core.lesson_status')]).toEqual([
      '100',
      'passed',
    ]);
    expect(commits).toEqual(['failed', 'passed']);
  });

  it('hands a new launch the answers, attempt and place the last one saved', () => {
    const first = runtime();
    const [session] = LessonSession.open(first.api, quiz, () => 0);
    session.saveLocation('test-deg-selv');
    session.saveProgress({answers: right, attempt: 2, checked: false});
    session.finish();
    const stored = {
      cmi: {
        suspend_data: first.api.LMSGetValue('cmi.suspend_data'),
        core: {lesson_location: first.api.LMSGetValue('cmi.core.lesson_location'), lesson_status: 'incomplete'},
      },
    };
    const [, start] = LessonSession.open(runtime(stored).api, quiz);
    expect(start.location).toBe('test-deg-selv');
    expect(start.saved).toEqual({answers: right, attempt: 2, checked: false, best: null});
  });

  it('leaves an unpassed lesson suspended and a passed one ended normally, with the time spent, once', () => {
    let clock = 0;
    const {api} = runtime();
    const [session] = LessonSession.open(api, quiz, () => clock);
    clock = 90_500;
    session.finish();
    const sent = sentOnFinish(api);
    expect(sent.core.exit).toBe('suspend');
    const [hours, minutes, seconds] = sent.core.session_time!.split(':').map(Number);
    expect(hours! * 3600 + minutes! * 60 + seconds!).toBe(90.5);
    expect(api.isTerminated()).toBe(true);
    expect(() => session.finish()).not.toThrow();

    const passed = runtime();
    const [done] = LessonSession.open(passed.api, quiz);
    done.recordCheck(scoreQuiz(quiz, right), {answers: right, attempt: 0, checked: true});
    done.finish();
    expect(sentOnFinish(passed.api).core.exit).toBe('');
  });

  it('starts afresh with a Norwegian reason when the saved data is not its own', () => {
    const [, start] = LessonSession.open(runtime({cmi: {suspend_data: 'ikke json'}}).api, quiz);
    expect(start.saved).toBeNull();
    expect(start.problem).toMatch(/begynner på quizen på nytt/);
  });
});

describe('a lesson opened on its own', () => {
  it('records nothing and says it is not connected', () => {
    const [session, start] = LessonSession.open(null, quiz);
    expect(start.connected).toBe(false);
    expect(session.recordCheck(scoreQuiz(quiz, right), {answers: right, attempt: 0, checked: true})).toEqual({
      bestScore: 1,
      passed: true,
    });
    expect(() => session.finish()).not.toThrow();
  });
});

describe('finding the platform', () => {
  const api = runtime().api;
  it('looks in the window, its parents, then the window that opened it', () => {
    const top = {API: api};
    const middle = {parent: top};
    const lesson = {parent: middle};
    expect(findScormApi(lesson)).toBe(api);
    expect(findScormApi({parent: null, opener: {parent: {API: api}}})).toBe(api);
  });

  it('gives up on frames it may not read and on objects that are not the API', () => {
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(findScormApi({parent: foreign})).toBeNull();
    expect(findScormApi({API: {LMSInitialize: 'ja'}})).toBeNull();
    expect(findScormApi({})).toBeNull();
  });
});
