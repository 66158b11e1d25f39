import { defineCreate, type Bundle, type ZObject } from 'zapier-platform-core';

import {
  API_METHODS,
  readApiMethod,
  readApiPath,
  readJsonBody,
  sendApiRequest,
} from '../lib/api-request';
import { invalidInput } from '../lib/errors';

const perform = async (z: ZObject, bundle: Bundle) => {
  const method = readApiMethod(bundle.inputData.method);
  const path = readApiPath(bundle.inputData.path);
  const body = readJsonBody(bundle.inputData.body);
  if (body && method === 'GET') throw invalidInput('Body', 'must be empty for a GET request');
  const query = Object.fromEntries(
    Object.entries((bundle.inputData.query ?? {}) as Record<string, unknown>).map(([k, v]) => [
      k,
      String(v),
    ]),
  );
  const response = await sendApiRequest(z, { method, path, query, body });
  // Zapier needs an object to hand on; a list or plain value is wrapped.
  return response && typeof response === 'object' && !Array.isArray(response)
    ? response
    : { response };
};

export default defineCreate({
  key: 'api_request',
  noun: 'API Request',

  display: {
    label: 'API Request',
    description:
      'Sends a request to any HighLevel API path with this connection, for what no other ' +
      'action covers. For advanced users.',
  },

  operation: {
    inputFields: [
      {
        key: 'method',
        label: 'Method',
        type: 'string',
        required: true,
        default: 'GET',
        choices: API_METHODS.map((method) => ({ value: method, label: method, sample: method })),
        helpText: 'GET reads, POST creates, PUT changes and DELETE removes.',
      },
      {
        key: 'path',
        label: 'Path',
        type: 'string',
        required: true,
        placeholder: '/contacts/seD4PfOuKoVMLkEZqohJ/tasks',
        helpText:
          "The part of the address after HighLevel's API host, from HighLevel's API " +
          'documentation, for example /contacts/seD4PfOuKoVMLkEZqohJ/tasks. Other websites ' +
          'cannot be called. The connection and API version are added for you.',
      },
      {
        key: 'query',
        label: 'Query',
        dict: true,
        helpText:
          'Optional values added after the "?", for example locationId and your location ID.',
      },
      {
        key: 'body',
        label: 'Body (JSON)',
        type: 'text',
        helpText:
          'Optional. The JSON to send with POST, PUT or DELETE, for example ' +
          '{"title": "Call back"}.',
      },
    ],
    perform,
    sample: { task: { id: 't-1', title: 'Call back about the quote', completed: false } },
    outputFields: [{ key: 'response', label: 'Response (when not an object)', type: 'string' }],
  },
});
