/**
 * B01 against the sandbox, which refuses a search without the token's location: the contact
 * dropdown pages through 230 contacts and gets each of them once.
 */
import { useSandbox } from '../support/sandbox';

const connected = useSandbox({ seed: { contacts: 230 } });

describe('B01 paging through contacts in the sandbox', () => {
  it('returns all 230 contacts once each over three pages, every page naming the location', async () => {
    const { zap, sandbox } = connected;
    const before = sandbox.requests.length;

    const pages = [];
    for (let page = 0; page < 4; page++) {
      pages.push(await zap.run('triggers', 'contact_list', {}, { page }));
    }

    expect(pages.map((items) => items.length)).toEqual([100, 100, 30, 0]);
    expect(new Set(pages.flat().map((item: { id: string }) => item.id)).size).toBe(230);
    const searches = sandbox.requests.slice(before);
    expect(searches.every((r) => r.status === 200)).toBe(true);
    for (const request of searches) {
      expect(request.body).toMatchObject({ locationId: sandbox.locationId, pageLimit: 100 });
    }
  });
});
