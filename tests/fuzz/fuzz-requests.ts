// Generators of hostile HTTP requests for the worker fuzz: methods, paths, parameters and encodings a public endpoint receives.

import fc from 'fast-check';
import { hostileString } from './hostile-text';

export const ORIGIN = 'https://example.com';

/** fetch() itself refuses CONNECT, TRACE and TRACK, so a worker never sees them. */
export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'PURGE', 'get'];

export const PATHS = [
  '/search',
  '/health',
  '/',
  '/openapi.json',
  '/search/',
  '//search',
  '/SEARCH',
  '/search.json',
  '/health/',
  '/search%00',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/../search',
  '/search;q=x',
  '/index-data/manifest.json',
  '/manifest.json',
  '/bodies/0000.json',
  '/%',
  '/%zz',
  '/%E0%A4%A',
  '/\u0645\u0631\u0627\u0643\u0634',
  '/search/' + 'a/'.repeat(200),
];

const PARAMETER_NAMES = [
  'q',
  'q',
  'q',
  'limit',
  'offset',
  'Q',
  'q[]',
  'q.0',
  '',
  'unknown',
  'callback',
  '__proto__',
  'constructor',
  'fields',
  'sort',
];

const BAD_ENCODINGS = ['%', '%%', '%zz', '%E0%A4', '%FF', '%D8', '%C0%AF', '%ED%A0%80', '%00', '%u0645', '%2', '+%2B+', '%25%', '%F4%90%80%80'];

const NUMBER_LIKE = [
  '-1',
  '0',
  '1',
  '10',
  '50',
  '51',
  '10000',
  '10001',
  '999999',
  '1e3',
  '0x10',
  ' 5',
  '5 ',
  '5.0',
  '１٠',
  '٥',
  '',
  'NaN',
  'Infinity',
  '9'.repeat(400),
];

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Percent-encodes any string; a lone surrogate has no UTF-8 form, so it travels as U+FFFD, as a browser sends it. */
const encode = (text: string): string => encodeURIComponent(text.replace(LONE_SURROGATE, '\ufffd'));

/** A parameter value: properly encoded hostile text, a raw bad encoding, a number-like string, empty, or huge. */
const parameterValue = fc.oneof(
  { weight: 4, arbitrary: hostileString(60).map(encode) },
  { weight: 2, arbitrary: fc.constantFrom(...BAD_ENCODINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBER_LIKE).map(encode) },
  fc.constant(''),
  fc.integer({ min: 190, max: 4_000 }).map((length) => encode('مراكش '.repeat(length).slice(0, length))),
  fc.constantFrom('لافروف', 'مراكش', 'المغرب', 'ال', 'م', 'تو', 'وزير الخارجية').map(encode),
);

const parameter = fc
  .tuple(fc.constantFrom(...PARAMETER_NAMES), parameterValue, fc.boolean())
  .map(([name, value, withEquals]) => (withEquals || value !== '' ? `${name}=${value}` : name));

/** A generated request: method, URL (possibly very long) and a few headers. */
export interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
}

const HEADER_SETS: readonly Record<string, string>[] = [
  {},
  { origin: 'https://evil.example' },
  { origin: 'null', 'access-control-request-method': 'DELETE' },
  { accept: 'text/html' },
  { 'content-type': 'application/json' },
  { 'x-forwarded-for': '127.0.0.1', range: 'bytes=0-10' },
];

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc
  .record({
    method: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('GET') },
      { weight: 1, arbitrary: fc.constantFrom('HEAD') },
      { weight: 3, arbitrary: fc.constantFrom(...METHODS) },
    ),
    path: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('/search') }, fc.constantFrom(...PATHS)),
    parameters: fc.array(parameter, { maxLength: 8 }),
    separator: fc.constantFrom('&', '&', '&&', ';', '&amp;'),
    fragment: fc.constantFrom('', '', '#x', '#q=1'),
    padding: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, fc.integer({ min: 1_000, max: 14_000 })),
    headers: fc.constantFrom(...HEADER_SETS),
  })
  .map(({ method, path, parameters, separator, fragment, padding, headers }) => {
    const query = [...parameters, ...(padding > 0 ? [`pad=${'x'.repeat(padding)}`] : [])].join(separator);
    return { method, url: `${ORIGIN}${path}${query ? `?${query}` : ''}${fragment}`, headers };
  });
