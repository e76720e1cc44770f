// The Match view: reached from a profile and from the list, weights as controls with results
// re-ranking as they change, explanations one tap away, settings kept in the address.

import { test, expect, onDevice } from './fixtures.mjs';

test.describe('partners for Freetown in waste management', () => {
  test('are one tap away from Freetown’s profile', async ({ profile, match }) => {
    await profile.open('freetown');
    await profile.findPartners('Freetown');
    await expect(match.heading('Freetown')).toBeVisible();
  });

  test('choosing a sector ranks the cities with that expertise first, ten at a time', async ({ match, page }) => {
    await match.open('freetown');
    await match.pickSector('Waste management');
    await expect(page).toHaveURL(/sector=waste-management/);
    await expect(match.names.first()).toHaveText('Milan');
    await expect(match.names, 'the first page of suggestions').toHaveCount(10);
  });

  test('a suggestion says when the cities are already partners and what it would duplicate', async ({ match }) => {
    await match.open('freetown', '&sector=waste-management');
    const milan = match.suggestion('Milan');
    await expect(milan).toContainText('Already partners');
    await expect(milan).toContainText('Would duplicate an existing partnership');
  });

  test('“Why this suggestion” quotes what each city said', async ({ match, app }) => {
    await match.open('freetown', '&sector=waste-management');
    const why = await match.explain('Milan');
    await expect(why.getByText('Award-winning differentiated waste management system.')).toBeVisible();
    await expect(why.getByText(/Waste management is a pressing issue/)).toBeVisible();
    await app.screenshot('match-tablet-landscape');
  });

  test('raising the weight of expertise brings Zürich’s waste expertise up', async ({ match, page }) => {
    await match.open('freetown', '&sector=waste-management');
    await expect.poll(() => match.rankOf('Zürich'), 'Zürich is shown, below the first').toBeGreaterThan(0);
    const before = await match.rankOf('Zürich');
    await match.setWeight('Expertise meets need', 5);
    await expect(match.weight('Expertise meets need')).toHaveValue('5');
    await expect.poll(() => match.rankOf('Zürich')).toBeLessThan(before);
    await expect(page).toHaveURL(/weights=5(,|%2C)/);
  });

  test('“New ties only” leaves out existing partners', async ({ match, page }) => {
    await match.open('freetown', '&sector=waste-management');
    await expect(match.suggestion('Milan')).toBeVisible();
    await match.chooseTies('New ties only');
    await expect(page).toHaveURL(/ties=exclude/);
    await expect(match.suggestion('Milan')).toHaveCount(0);
    await expect(match.names.first()).toBeVisible();
  });

  test('the settings survive a reload', async ({ match, page }) => {
    await match.open('freetown', '&sector=waste-management');
    await match.setWeight('Expertise meets need', 5);
    await match.chooseTies('New ties only');
    await expect(page).toHaveURL(/ties=exclude/);
    await page.reload();
    await expect(match.heading('Freetown')).toBeVisible();
    await expect(match.weight('Expertise meets need')).toHaveValue('5');
    await expect(page.getByRole('button', { name: 'New ties only', pressed: true })).toBeVisible();
    await expect(match.names.first()).toBeVisible();
    await expect(match.suggestion('Milan')).toHaveCount(0);
  });

  test('groups cities around the sector that cover its whole need', async ({ match }) => {
    await match.open('freetown', '&sector=waste-management');
    await expect(match.groups.first()).toContainText('Covers 100% of the need recorded in these sectors.');
  });
});

onDevice('phone', () => {
  test('the list leads to the Match view of a city', async ({ list, match, app }) => {
    await list.open('?q=tunis');
    await list.findPartnersFor('Tunis');
    await expect(match.heading('Tunis')).toBeVisible();
    await expect(match.names.first()).toBeVisible();
    await app.screenshot('match-phone');
  });

  test('an Explore address of the Match view opens the Workspace page', async ({ app, page }) => {
    // An old or hand-made link.
    await app.open('?view=match');
    await expect(app.heading).toHaveText('Find partners for a city');
    await expect(page).toHaveURL(/work\.html\?view=match$/);
  });

  test('a city is picked on the Match view', async ({ app, match }) => {
    await app.open('work.html?view=match');
    await match.pickCity('Dakar');
    await expect(match.heading('Dakar')).toBeVisible();
    await expect(match.names.first()).toBeVisible();
  });

  test('the navigation leads back to the Explore page', async ({ app, list, page }) => {
    await app.open('work.html?view=match');
    await app.navigateTo('Cities');
    await expect(list.cityNames.first()).toBeVisible();
    await expect(page).not.toHaveURL(/work\.html/);
  });
});
