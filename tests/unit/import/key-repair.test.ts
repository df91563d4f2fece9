import { describe, expect, it } from 'vitest';
import { repairSplitKey } from '../../../src/skill-text/key-repair';

const vocabulary = new Set(['client', 'failure', 'patterns', 'service', 'based', 'work', 'to', 'respond']);

describe('repairing a key the extraction split over two lines', () => {
	it.each([
		['stage', '1pre_close', 'stage_1_pre_close'],
		['step', '2information_gathering', 'step_2_information_gathering'],
		['CLIENT', 'FAILUREPATTERNS', 'CLIENT_FAILURE_PATTERNS'],
		['high', 'touchservice', 'high_touch_service'],
		['project', 'basedwork', 'project_based_work'],
		['time', 'torespond', 'time_to_respond'],
	])('joins "%s" and "%s" into %s', (head, tail, key) => {
		expect(repairSplitKey(head, tail, vocabulary)).toBe(key);
	});

	it("takes the first half's key at the same place when it has the same letters", () => {
		expect(repairSplitKey('high', 'touchservice', new Set(), 'high_touch_service')).toBe('high_touch_service');
	});

	it('gives up when no known word starts or ends the second line', () => {
		expect(repairSplitKey('zq', 'xvkw', vocabulary)).toBeUndefined();
	});
});
