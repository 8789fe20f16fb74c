import { describe, expectTypeOf, it } from 'vitest';
import type * as Client from '../../../client/src/protocol';
import type * as Server from '../../../server/src/lsp/views';

// The client restates the server's view request shapes (it may not import server code); this
// fails the type check the moment the two drift apart.
describe('the view requests\' shapes agree between client and server', () => {
  it('agrees on every result', () => {
    expectTypeOf<Server.DeskResult>().toExtend<Client.DeskResult>();
    expectTypeOf<Client.DeskResult>().toExtend<Server.DeskResult>();
    expectTypeOf<Server.MentionsResult>().toExtend<Client.MentionsResult>();
    expectTypeOf<Client.MentionsResult>().toExtend<Server.MentionsResult>();
    expectTypeOf<Server.TimelineResult>().toExtend<Client.TimelineResult>();
    expectTypeOf<Client.TimelineResult>().toExtend<Server.TimelineResult>();
    expectTypeOf<Server.StatusResult>().toExtend<Client.StatusResult>();
    expectTypeOf<Server.CitationResult>().toExtend<Client.CitationResult>();
    expectTypeOf<Client.CitationResult>().toExtend<Server.CitationResult>();
  });

  it('agrees on the request names', () => {
    expectTypeOf<typeof Server.VIEW_REQUESTS>().toEqualTypeOf<typeof Client.REQUESTS>();
  });
});
