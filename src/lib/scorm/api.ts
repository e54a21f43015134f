/**
 * The SCORM 1.2 run-time API a learning platform (Moodle, KS Læring) puts in
 * a window above the lesson, and how a lesson finds it. Only the calls the
 * packages use are typed.
 */
export type Scorm12Api = {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
};

/** The frames the standard search climbs before it gives up; platforms nest the lesson a few frames deep at most. */
const MAX_FRAMES = 10;

type FrameLike = {API?: unknown; parent?: FrameLike | null; opener?: FrameLike | null};

const isApi = (candidate: unknown): candidate is Scorm12Api =>
  typeof candidate === 'object' &&
  candidate !== null &&
  typeof (candidate as Scorm12Api).LMSInitialize === 'function' &&
  typeof (candidate as Scorm12Api).LMSSetValue === 'function';

// A frame from another origin throws on any property read; it cannot hold an API the lesson may use.
function apiOf(frame: FrameLike): Scorm12Api | null {
  try {
    return isApi(frame.API) ? frame.API : null;
  } catch {
    return null;
  }
}

function parentOf(frame: FrameLike): FrameLike | null {
  try {
    return frame.parent && frame.parent !== frame ? frame.parent : null;
  } catch {
    return null;
  }
}

function searchUp(start: FrameLike): Scorm12Api | null {
  let frame: FrameLike | null = start;
  for (let depth = 0; frame && depth <= MAX_FRAMES; depth += 1) {
    const api = apiOf(frame);
    if (api) return api;
    frame = parentOf(frame);
  }
  return null;
}

/**
 * The API in this window or one above it, else in the window that opened it
 * (platforms that launch lessons in a new window), else null: the lesson was
 * opened on its own and records nothing.
 */
export function findScormApi(start: FrameLike): Scorm12Api | null {
  const found = searchUp(start);
  if (found) return found;
  try {
    return start.opener ? searchUp(start.opener) : null;
  } catch {
    return null;
  }
}
