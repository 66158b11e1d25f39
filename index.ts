import zapier, { defineApp } from 'zapier-platform-core';

import packageJson from './package.json';
import authentication from './authentication';
import { addHighLevelHeaders } from './lib/client';
import { throwForHighLevelError } from './lib/errors';
import createOrUpdateContact from './creates/create_or_update_contact';
import updateContact from './creates/update_contact';
import findContact from './searches/find_contact';
import contactList from './triggers/contact_list';
import newContact from './triggers/new_contact';
import tagList from './triggers/tag_list';
import updatedContact from './triggers/updated_contact';
import userList from './triggers/user_list';

export default defineApp({
  version: packageJson.version,
  platformVersion: zapier.version,

  authentication,
  beforeRequest: [addHighLevelHeaders],
  afterResponse: [throwForHighLevelError],
  flags: {
    // HighLevel's rate-limit headers say how long to wait; lib/errors.ts reads them.
    throwForThrottlingEarly: false,
    // Every request goes through z.request, which logs it; the patch is for third-party SDKs,
    // and it wraps Node's shared http module once per process, hiding later HTTP mocks in tests.
    skipHttpPatch: true,
  },

  triggers: {
    [newContact.key]: newContact,
    [updatedContact.key]: updatedContact,
    [contactList.key]: contactList,
    [tagList.key]: tagList,
    [userList.key]: userList,
  },
  creates: {
    [createOrUpdateContact.key]: createOrUpdateContact,
    [updateContact.key]: updateContact,
  },
  searches: {
    [findContact.key]: findContact,
  },
  searchOrCreates: {
    [findContact.key]: {
      key: findContact.key,
      display: {
        label: 'Find or Create Contact',
        description: 'Finds a contact by email or phone, and creates it if none is found.',
      },
      search: findContact.key,
      create: createOrUpdateContact.key,
    },
  },
});
