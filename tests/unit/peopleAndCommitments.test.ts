// Voice tagging rules, roles over time, and how a commitment's status follows from its references.
import { describe, expect, it } from 'vitest';
import { commitmentStatus } from '../../src/lib/server/analysis/commitments';
import { rolesHeldOn, voiceOf } from '../../src/lib/server/data/people';
import { isRoleOf } from '../../src/lib/server/data/peopleChecks';

describe('voiceOf', () => {
	it.each([
		[{ side: 'us', kind: 'official' }, 'us-government'],
		[{ side: 'us', kind: 'spokesperson' }, 'us-government'],
		[{ side: 'china', kind: 'official' }, 'chinese-government'],
		[{ side: 'china', kind: 'spokesperson' }, 'chinese-government'],
		[{ side: 'china', kind: 'analyst' }, 'analyst'],
		[{ side: 'other', kind: 'official' }, undefined],
		[{ side: 'us', kind: 'other' }, undefined]
	] as const)('%j speaks as %s', (person, voice) => {
		expect(voiceOf(person)).toBe(voice);
	});
});

describe('isRoleOf', () => {
	const titles = ['Senior Director for China and Taiwan', 'Special Assistant to the President'];
	it.each([
		['Senior Director for China and Taiwan', true],
		['Special Assistant to the President and Senior Director for China and Taiwan', true],
		['Senior Director for China and Taiwan and Special Assistant to the President', true],
		['Senior Director for China', false],
		['Special Assistant to the President and Ambassador', false],
		['', false]
	])('%s: %s', (role, expected) => {
		expect(isRoleOf(role, titles)).toBe(expected);
	});
	it('accepts nothing when no role is held', () => {
		expect(isRoleOf('Minister', [])).toBe(false);
	});
});

describe('rolesHeldOn', () => {
	const wangYi = {
		roles: [
			{ title: 'State Councilor and Foreign Minister', to: '2022-12-30' },
			{
				title: 'Director of the Office of the Central Foreign Affairs Commission',
				from: '2023-01-01'
			},
			{ title: 'Foreign Minister', from: '2023-07-25' }
		]
	};
	it.each([
		['2021-03-18', ['State Councilor and Foreign Minister']],
		['2022-12-31', []],
		['2023-05-10', ['Director of the Office of the Central Foreign Affairs Commission']],
		[
			'2024-01-26',
			['Director of the Office of the Central Foreign Affairs Commission', 'Foreign Minister']
		]
	])('on %s: %j', (date, roles) => {
		expect(rolesHeldOn(wangYi, date)).toEqual(roles);
	});
});

describe('commitmentStatus', () => {
	const ref = (kind: 'reaffirmed' | 'carried-out' | 'mentioned') => ({
		event: 'e',
		excerpt: 'x',
		kind
	});
	it.each([
		[[], 'announced'],
		[[ref('mentioned')], 'unknown'],
		[[ref('mentioned'), ref('reaffirmed')], 'reaffirmed'],
		[[ref('reaffirmed'), ref('carried-out'), ref('mentioned')], 'carried out']
	] as const)('%j → %s', (references, status) => {
		expect(commitmentStatus({ references: [...references] })).toBe(status);
	});
	it.each([
		['carried-out', 'carried out'],
		['lapsed', 'lapsed'],
		['superseded', 'superseded']
	] as const)(
		'a recorded outcome %s gives the status %s, whatever the references',
		(outcome, status) => {
			const recorded = { status: outcome, date: '2024-01-30', note: 'From the public record.' };
			expect(commitmentStatus({ references: [ref('reaffirmed')], outcome: recorded })).toBe(status);
		}
	);
});
