/** HighLevel's own field names, as the labels a Zap user sees next to them. */
const API_FIELD_LABELS: Record<string, string> = {
  firstName: 'First Name',
  lastName: 'Last Name',
  name: 'Full Name',
  email: 'Email',
  phone: 'Phone',
  companyName: 'Company Name',
  address1: 'Street Address',
  city: 'City',
  state: 'State or Region',
  postalCode: 'Postal Code',
  country: 'Country',
  website: 'Website',
  timezone: 'Timezone',
  source: 'Source',
  dateOfBirth: 'Date of Birth',
  assignedTo: 'Owner (Assigned User)',
  dnd: 'Do Not Disturb',
  tags: 'Tags',
  customFields: 'Custom Fields',
  locationId: 'Location',
  title: 'Title',
  body: 'Description',
  dueDate: 'Due Date',
  completed: 'Completed',
  userId: 'User',
  followers: 'Followers',
  eventStartTime: 'Start Time',
};

export const labelForApiField = (field: string): string => {
  const top = field.split(/[.[]/)[0] ?? field;
  const label = API_FIELD_LABELS[top];
  return label ? (top === field ? label : `${label} (${field})`) : field;
};
