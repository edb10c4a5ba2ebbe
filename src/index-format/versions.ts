// Versions that cross the build/worker boundary: the worker refuses an index whose versions it does not speak.

export { ANALYZER_VERSION } from '../analysis/pipeline';

/**
 * Bump whenever the files in index-data/ change shape (names, fields, layout).
 * The worker only loads an index whose manifest carries exactly this number.
 * History: 2 compact term tree and postings; 3 cross-script key fields and month-pair
 * tokens; 4 display-forms.json (readable spellings for suggestions); 5 segments of content-addressed pieces
 * (term blocks with postings and field lengths, lexicon by length, document pieces, columns, id buckets);
 * 6 the document directory in chunks of 256 piece names, so a page reads one small chunk instead
 * of a list that grows with the corpus; 7 an article read from a JSONL line has the hash of the line's bytes as
 * its content hash, so an incremental build recognises an unchanged line before parsing it; 8 root fields
 * (titleRoots, bodyRoots), the third level of conflation; 9 document pieces as rows pieces (a header of row lengths and
 * hashes, named by the header's hash), so a hit checks and decodes its own row only; 10 posting lists of 1,024 or more
 * postings in blocks of 128, with a directory of each block's last document and byte length and the list's
 * frontier, so bounds read no posting and rescoring decodes one block per looked-up article; 11 term blocks (`.terms`)
 * named by the hash of their head, which holds a hash of each span of about 4 KiB of postings, so a lookup hashes the
 * spans it reads, not the whole block; 12 lexicon groups as tries with the byte length under each node, so a typo
 * scan passes over every term under a prefix already out of reach instead of reading it.
 */
export const FORMAT_VERSION = 12;
