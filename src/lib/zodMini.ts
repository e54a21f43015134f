/**
 * The zod/mini functions the site uses, named one by one. Its own entry point also exports itself as a namespace
 * (`z`), which keeps the bundler from leaving anything out: the whole library, several hundred kilobytes, would
 * then be parsed and run on every page that reads stored data. Add a function here when a schema needs it.
 */
export {
  array,
  boolean,
  config,
  custom,
  gte,
  int,
  iso,
  literal,
  lte,
  nullable,
  number,
  object,
  optional,
  record,
  string,
  union,
  unknown,
} from 'zod/mini';
export type {infer} from 'zod/mini';
