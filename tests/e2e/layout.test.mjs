// Every main view on the tablets and the phone the offices use: it renders, every control is a
// touch target of at least 44×44 px, and nothing scrolls sideways. Screenshots for review.

import { test, expect, onDevice } from './fixtures.mjs';

const VIEWS = [
  ['list', './'],
  ['profile', '?view=city&city=freetown'],
  ['matrix', '?view=matrix'],
  ['networks', '?view=networks'],
  ['match', 'work.html?view=match&city=dakar&sector=housing'],
  ['proposals', 'work.html?view=proposals'],
  ['sources', '?view=sources'],
  ['map', 'visual.html?view=map&city=dakar'],
  ['memberships', 'visual.html?view=memberships'],
];

// These names are the screenshots of the view's own tests (match, map, memberships), as before;
// one test writes each name, so that parallel workers leave the same pictures for review.
const SAVED_ELSEWHERE = new Set(['match-tablet-landscape', 'match-phone', 'map-tablet-landscape', 'map-tablet-portrait', 'map-phone', 'memberships-tablet-portrait']);

for (const device of ['tablet-landscape', 'tablet-portrait', 'phone']) {
  onDevice(device, () => {
    for (const [name, address] of VIEWS) {
      test(`${name}: every control is at least 44 px for a finger`, async ({ app }) => {
        await app.open(address);
        if (!SAVED_ELSEWHERE.has(`${name}-${device}`)) await app.screenshot(`${name}-${device}`);
        await expect.poll(() => app.smallTouchTargets(), { message: 'controls under 44 px' }).toEqual([]);
      });

      test(`${name}: nothing scrolls sideways`, async ({ app }) => {
        await app.open(address);
        await expect.poll(() => app.sidewaysScroll(), { message: 'pixels of sideways scroll' }).toBeLessThanOrEqual(0);
      });
    }
  });
}
