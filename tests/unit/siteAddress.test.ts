// The site's public address: SITE_URL read and checked, placeholders recognised, and the address a
// reader is given where the build had only a placeholder.
import { describe, expect, it } from 'vitest';
import { addressProblems, siteUrlSetting } from '../../src/lib/server/data/dataset';
import { formatProblems } from '../../src/lib/server/data/problems';
import {
	atAddress,
	isPlaceholderAddress,
	readerAddress,
	readSiteUrl
} from '../../src/lib/siteAddress';

describe('isPlaceholderAddress', () => {
	it('knows the domains reserved for examples', () => {
		for (const url of [
			'https://timeline.example.org',
			'https://example.com',
			'http://EXAMPLE.net/sub',
			'https://site.test',
			'https://x.invalid',
			'not a url'
		])
			expect(isPlaceholderAddress(url), url).toBe(true);
	});

	it('takes every other address as real', () => {
		for (const url of [
			'https://diplomacy.news.org',
			'https://example.org.uk',
			'https://myexample.org',
			'http://127.0.0.1:4173',
			'http://localhost:8080/timeline'
		])
			expect(isPlaceholderAddress(url), url).toBe(false);
	});
});

describe('readerAddress', () => {
	it('keeps a real address wherever the page is served from', () => {
		expect(readerAddress('https://diplomacy.news.org', 'http://127.0.0.1:4173')).toBe(
			'https://diplomacy.news.org'
		);
	});

	it('gives the address the page is served from in place of a placeholder', () => {
		expect(readerAddress('https://timeline.example.org', 'http://127.0.0.1:4173/sub/')).toBe(
			'http://127.0.0.1:4173/sub'
		);
		// At build time nothing is served: the placeholder stays.
		expect(readerAddress('https://timeline.example.org', undefined)).toBe(
			'https://timeline.example.org'
		);
	});
});

describe('atAddress', () => {
	it('moves every page of the site to the address served from, and nothing else', () => {
		const bib =
			'howpublished = {\\url{https://timeline.example.org/events/bali-summit}},\n' +
			'note = {https://timeline.example.org.evil/x and https://timeline.example.org/$&}';
		expect(atAddress(bib, 'https://timeline.example.org', 'http://127.0.0.1:4173/sub')).toBe(
			'howpublished = {\\url{http://127.0.0.1:4173/sub/events/bali-summit}},\n' +
				'note = {https://timeline.example.org.evil/x and http://127.0.0.1:4173/sub/$&}'
		);
		expect(atAddress(bib, 'https://timeline.example.org', 'https://timeline.example.org')).toBe(
			bib
		);
	});
});

describe('SITE_URL', () => {
	it('reads an http or https address, without its trailing slash', () => {
		expect(readSiteUrl('https://diplomacy.news.org/timeline/')).toEqual({
			url: 'https://diplomacy.news.org/timeline'
		});
		expect(readSiteUrl(' http://127.0.0.1:4173 ')).toEqual({ url: 'http://127.0.0.1:4173' });
	});

	it('refuses what is not a site address', () => {
		for (const value of [
			'diplomacy.news.org',
			'ftp://files.news.org',
			'javascript:alert(1)',
			'https://news.org/?a=1',
			'https://news.org/#top',
			'https://user:pass@news.org',
			'https://news.org/}\\input{/etc/passwd}',
			'https://news.org/a b',
			'https://news.org/"quoted"'
		])
			expect(readSiteUrl(value), value).toHaveProperty('problem');
	});

	it('is optional, and a bad one is a clear problem that names the setting and the value', () => {
		expect(siteUrlSetting(undefined)).toEqual({});
		expect(siteUrlSetting('  ')).toEqual({});
		expect(addressProblems(siteUrlSetting('https://news.org'))).toEqual([]);
		const report = formatProblems(addressProblems(siteUrlSetting('news.org/timeline')));
		expect(report).toContain('SITE_URL (environment)');
		expect(report).toContain('"news.org/timeline"');
		expect(report).toContain('an http or https URL');
	});
});
