/**
 * What each operation costs in HighLevel requests, against the location's 100 requests per 10
 * seconds and 200,000 a day. docs/operations.md is generated from this map; a missing entry
 * fails the catalog, so a new operation cannot ship without saying its cost.
 */
const CONTACT_FIELDS = ' (+1 for custom field names, cached for an hour)';

export const REQUEST_COSTS: Record<string, string> = {
  // Triggers, per poll
  new_contact: `1 per poll${CONTACT_FIELDS}`,
  updated_contact: `1 per poll${CONTACT_FIELDS}`,
  contact_tag_added: `1 per poll${CONTACT_FIELDS}`,
  new_task: 'up to 3 per poll (100 tasks each)',
  task_completed: 'up to 3 per poll (100 tasks each)',
  new_note: 'up to 11 per poll (1 contact search + notes of 10 contacts)',
  new_appointment: '1 per poll',
  contact_list: '1 per dropdown page',
  tag_list: '1 per dropdown load',
  user_list: '1 per dropdown load',
  task_list: '1 per dropdown load',
  note_list: '1 per dropdown load',
  campaign_list: '1 per dropdown load',
  workflow_list: '1 per dropdown load',
  calendar_list: '1 per dropdown load',
  business_list: '1 per dropdown page',
  // Actions
  create_contact: `1${CONTACT_FIELDS}`,
  create_or_update_contact:
    '2-4 (looks the contact up by email, then by phone; one write; tags for an existing ' +
    `contact)${CONTACT_FIELDS}`,
  update_contact: `1-2 (write, tags)${CONTACT_FIELDS}`,
  delete_contact: '1',
  add_tags: '1',
  remove_tags: '1',
  bulk_update_tags: '1 for any number of contacts',
  create_task: '1',
  update_task: '2 (read the task, then save it)',
  complete_task: '1',
  reopen_task: '1',
  delete_task: '1',
  create_note: '1',
  update_note: '1, or 2 when the note text is left unchanged',
  delete_note: '1',
  add_to_campaign: '1',
  remove_from_campaign: '1',
  remove_from_all_campaigns: '1',
  add_to_workflow: '1',
  remove_from_workflow: '1',
  add_followers: '1',
  remove_followers: '1',
  add_contacts_to_business: '1 for any number of contacts',
  remove_contacts_from_business: '1 for any number of contacts',
  api_request: '1',
  // Searches
  find_contact: `1-3 (email, then phone, then text)${CONTACT_FIELDS}`,
  get_contact: `1${CONTACT_FIELDS}`,
  find_duplicate_contact: `1${CONTACT_FIELDS}`,
  find_business_contacts: `1${CONTACT_FIELDS}`,
  find_tasks: '1',
  get_task: '1',
  find_notes: '1',
  get_note: '1',
  find_appointments: '1',
};
