/**
 * Dropdowns for what a contact can be put into or linked with: campaigns, workflows,
 * businesses, followers and tags. Each offers the location's own list, so nobody pastes ids.
 */

export const campaignIdField = {
  key: 'campaign_id',
  label: 'Campaign',
  type: 'string',
  required: true,
  dynamic: 'campaign_list.id.name',
  helpText: 'Pick the campaign, for example "Spring Newsletter", or map a Campaign ID.',
} as const;

export const workflowIdField = {
  key: 'workflow_id',
  label: 'Workflow',
  type: 'string',
  required: true,
  dynamic: 'workflow_list.id.name',
  helpText: 'Pick the workflow, for example "New Lead Nurture", or map a Workflow ID.',
} as const;

export const businessIdField = {
  key: 'business_id',
  label: 'Business',
  type: 'string',
  required: true,
  dynamic: 'business_list.id.name',
  helpText:
    'Pick the business (company) in HighLevel, for example "Example Dental", or map a ' +
    'Business ID.',
} as const;

export const followersField = {
  key: 'followers',
  label: 'Followers',
  type: 'string',
  required: true,
  list: true,
  dynamic: 'user_list.id.name',
  helpText:
    'The HighLevel users who follow the contact and hear about its activity. Pick one or ' +
    'more users, or map user IDs.',
} as const;

export const tagsInputField = {
  key: 'tags',
  label: 'Tags',
  type: 'string',
  required: true,
  list: true,
  dynamic: 'tag_list.name.name',
  helpText:
    'Pick tags, or type them; separate several with commas, for example: webinar, spring-sale.',
} as const;

export const contactIdsField = {
  key: 'contact_ids',
  label: 'Contacts',
  type: 'string',
  required: true,
  list: true,
  dynamic: 'contact_list.id.name',
  helpText:
    'The contacts to change: pick them, or map Contact IDs from earlier steps (a list or ' +
    'IDs separated by commas).',
} as const;
