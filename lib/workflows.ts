/**
 * Workflow requests: the location's workflows, and enrolling a contact or taking it out.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { callHighLevel, locationIdOf } from './client';
import { succededSchema, workflowListSchema } from './schemas';

export const listWorkflows = async (z: ZObject, bundle: Bundle) => {
  const { workflows } = await callHighLevel(z, {
    method: 'GET',
    route: '/workflows/',
    params: { locationId: locationIdOf(bundle) },
    schema: workflowListSchema,
    resource: 'list of workflows',
  });
  return workflows;
};

/** Without a start time HighLevel starts the workflow for the contact right away. */
export const addToWorkflow = async (
  z: ZObject,
  contactId: string,
  workflowId: string,
  eventStartTime?: string,
) => {
  await callHighLevel(z, {
    method: 'POST',
    route: '/contacts/{contactId}/workflow/{workflowId}',
    pathParams: { contactId, workflowId },
    body: eventStartTime ? { eventStartTime } : {},
    schema: succededSchema,
    resource: 'workflow',
  });
};

export const removeFromWorkflow = async (z: ZObject, contactId: string, workflowId: string) => {
  await callHighLevel(z, {
    method: 'DELETE',
    route: '/contacts/{contactId}/workflow/{workflowId}',
    pathParams: { contactId, workflowId },
    // The spec requires a JSON body on this DELETE too (the add call's, all optional).
    body: {},
    schema: succededSchema,
    resource: 'workflow',
  });
};
