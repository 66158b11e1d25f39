import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import { setContactsBusiness } from '../lib/businesses';
import { businessIdField, contactIdsField } from '../lib/fields/pickers';
import { readId, readIdList } from '../lib/input';

const perform = async (z: ZObject, bundle: Bundle) => {
  const businessId = readId(bundle.inputData.business_id, 'Business') as string;
  const contactIds = readIdList(bundle.inputData.contact_ids, 'Contacts');
  const result = await setContactsBusiness(z, bundle, contactIds, businessId);
  return {
    business_id: businessId,
    contact_ids: result.ids ?? contactIds,
    success: result.success ?? true,
  };
};

export default defineCreate({
  key: 'add_contacts_to_business',
  noun: 'Business',

  display: {
    label: 'Add Contacts to Business',
    description: 'Links one or more contacts to a business (company) in HighLevel.',
  },

  operation: {
    inputFields: [businessIdField, contactIdsField],
    perform,
    sample: { business_id: 'biz-1', contact_ids: ['seD4PfOuKoVMLkEZqohJ'], success: true },
    outputFields: [
      { key: 'business_id', label: 'Business ID', type: 'string' },
      { key: 'contact_ids[]', label: 'Contact IDs', type: 'string' },
      { key: 'success', label: 'Success', type: 'boolean' },
    ],
  },
});
