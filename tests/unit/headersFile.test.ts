// The `_headers` reader behind `serve.js --headers`: patterns, comments, and headers from several rules combined as hosts do.
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/headersFile.js';

const RULES = parseHeadersFile(`# A comment
/*
  X-Content-Type-Options: nosniff

/embed
  Content-Security-Policy: frame-ancestors *
/embed/*
  Content-Security-Policy: frame-ancestors 'none'
/*
  Content-Security-Policy: upgrade-insecure-requests
`);

describe('headersFor', () => {
	it.each([
		[
			'/embed',
			{
				'x-content-type-options': 'nosniff',
				'content-security-policy': 'frame-ancestors *, upgrade-insecure-requests'
			}
		],
		[
			'/embed/builder',
			{
				'x-content-type-options': 'nosniff',
				'content-security-policy': "frame-ancestors 'none', upgrade-insecure-requests"
			}
		],
		[
			'/about',
			{
				'x-content-type-options': 'nosniff',
				'content-security-policy': 'upgrade-insecure-requests'
			}
		]
	])('%s gets the headers of every matching rule, values joined', (path, expected) => {
		expect(headersFor(RULES, path)).toEqual(expected);
	});
});
