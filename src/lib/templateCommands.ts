/**
 * The command line of `npm run template:new` and `npm run template:release`: arguments in, a planned set of
 * writes out, or a Norwegian message saying what is wrong. No prompts, so the commands also run in CI.
 */
import type {FileStore} from './fileStore';
import {publisherOwner} from '../data/publisher';
import {TemplateCommandError, applyWrites, planNewTemplate, planRelease, type Write} from './templateRelease';

export const USAGE = {
  new: 'Bruk: npm run template:new <id> "<tittel>" <mappe i docs/> ["<godkjent av>"]',
  release: 'Bruk: npm run template:release <id> <versjon> "<hva er endret>" ["<godkjent av>"]',
} as const;

export type CommandResult = {ok: true; writes: Write[]; message: string} | {ok: false; message: string};

function plan(
  command: string,
  args: readonly string[],
  files: FileStore,
  today: string,
  owner: string,
): Promise<Write[]> {
  if (command === 'new') {
    if (args.length < 3 || args.length > 4) throw new TemplateCommandError(USAGE.new);
    const [id, title, folder, approvedBy] = args as [string, string, string, string | undefined];
    return planNewTemplate(files, {id, title, folder, approvedBy, today, owner});
  }
  if (command === 'release') {
    if (args.length < 3 || args.length > 4) throw new TemplateCommandError(USAGE.release);
    const [id, version, changes, approvedBy] = args as [string, string, string, string | undefined];
    return planRelease(files, {id, version, changes, approvedBy, today, owner});
  }
  throw new TemplateCommandError(`Ukjent kommando «${command}». ${USAGE.new}\n${USAGE.release}`);
}

/** Plans the command and, only when the whole plan holds, writes it. */
export async function runTemplateCommand(
  command: string,
  args: readonly string[],
  files: FileStore,
  today: string,
  /** Who approves a version that names no approver: the publisher this deployment is built for. */
  owner: string = publisherOwner(),
): Promise<CommandResult> {
  try {
    const writes = await plan(command, args, files, today, owner);
    await applyWrites(files, writes);
    return {ok: true, writes, message: `Skrev ${writes.length} filer:\n${writes.map((w) => `  ${w.file}`).join('\n')}`};
  } catch (error) {
    if (error instanceof TemplateCommandError) return {ok: false, message: error.message};
    throw error;
  }
}
