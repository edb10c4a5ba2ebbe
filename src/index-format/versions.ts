// Versions that cross the build/worker boundary: the worker refuses an index whose versions it does not speak.

export { ANALYZER_VERSION } from '../analysis/pipeline';

/**
 * Bump whenever the files in index-data/ change shape (names, fields, layout).
 * The worker only loads an index whose manifest carries exactly this number.
 * 2: display-forms.json (readable spellings for suggestions).
 */
export const FORMAT_VERSION = 2;
