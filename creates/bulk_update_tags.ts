import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { bulkTagFailures, bulkUpdateTags, type BulkTagAction } from '../lib/bulk-tags';
import { invalidInput } from '../lib/errors';
import { contactIdsField, tagsInputField } from '../lib/fields/pickers';
import { yesNo } from '../lib/fields/yes-no';
import { readBoolean, readIdList, readTags } from '../lib/input';

const readAction = (value: unknown): BulkTagAction => {
  const action = String(value ?? '')
    .trim()
    .toLowerCase();
  if (action === 'add' || action === 'remove') return action;
  throw invalidInput('Add or Remove', 'should be "add" or "remove"', 'add');
};

/** A partly refused change stops the Zap with the refused contacts named, not a quiet success. */
const perform = async (z: ZObject, bundle: Bundle) => {
  const action = readAction(bundle.inputData.action);
  const contactIds = readIdList(bundle.inputData.contact_ids, 'Contacts');
  const tags = readTags(bundle.inputData.tags);
  const removeAllTags =
    action === 'remove' &&
    readBoolean(bundle.inputData.remove_all_tags, 'Remove All Tags') === true;
  if (!tags.length && !removeAllTags) {
    throw invalidInput('Tags', 'is required but was empty', 'webinar, spring-sale');
  }
  const result = await bulkUpdateTags(z, bundle, action, { contactIds, tags, removeAllTags });
  const failures = bulkTagFailures(result);
  if (failures.length || (result.errorCount ?? 0) > 0) {
    const refused = result.errorCount ?? failures.length;
    const named = failures.map((failure) => `${failure.contact_id} (${failure.reason})`).join('; ');
    throw new z.errors.Error(
      `HighLevel changed the tags of ${contactIds.length - refused} of ${contactIds.length} ` +
        `contacts but refused ${named || `${refused} of them`}. ` +
        'Check those contact IDs; running the step again is safe for the others.',
      'PartialFailure',
      207,
    );
  }
  return {
    action,
    contact_ids: contactIds,
    tags,
    updated_count: contactIds.length,
    failed_count: 0,
  };
};

export default defineCreate({
  key: 'bulk_update_tags',
  noun: 'Tags',

  display: {
    label: 'Add or Remove Tags on Many Contacts',
    description: 'Adds or removes the same tags on many contacts in one step.',
  },

  operation: {
    inputFields: [
      {
        key: 'action',
        label: 'Add or Remove',
        type: 'string',
        required: true,
        choices: [
          { value: 'add', label: 'Add these tags', sample: 'add' },
          { value: 'remove', label: 'Remove these tags', sample: 'remove' },
        ],
        helpText: 'Whether the tags are added to the contacts or taken off them.',
      },
      contactIdsField,
      {
        ...tagsInputField,
        required: false,
        helpText: `${tagsInputField.helpText} Required unless Remove All Tags is Yes.`,
      },
      {
        key: 'remove_all_tags',
        label: 'Remove All Tags',
        ...yesNo,
        default: 'no',
        helpText:
          'Only with Remove: Yes takes every tag off these contacts, not just the ones listed.',
      },
    ],
    perform,
    sample: {
      action: 'add',
      contact_ids: ['seD4PfOuKoVMLkEZqohJ'],
      tags: ['spring-sale'],
      updated_count: 1,
      failed_count: 0,
    },
    outputFields: [
      { key: 'action', label: 'Add or Remove', type: 'string' },
      { key: 'contact_ids[]', label: 'Contact IDs', type: 'string' },
      { key: 'tags[]', label: 'Tags', type: 'string' },
      { key: 'updated_count', label: 'Contacts Updated', type: 'integer' },
      { key: 'failed_count', label: 'Contacts Refused', type: 'integer' },
    ],
  },
});
