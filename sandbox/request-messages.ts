// Turns Ajv errors from the spec check into the class-validator sentences HighLevel answers
// with, e.g. "property pageSize should not exist" or "email must be an email".
import type { ErrorObject } from 'ajv';

const typeWords: Record<string, string> = {
  string: 'must be a string',
  boolean: 'must be a boolean value',
  number: 'must be a number conforming to the specified constraints',
  integer: 'must be an integer number',
  array: 'must be an array',
  object: 'must be an object',
};

// "/requestBody/customFields/0/id" -> "customFields.0.id"; query and path parameters likewise.
function dotted(instancePath: string): string {
  return instancePath.split('/').slice(2).join('.');
}

function join(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

function describe(e: ErrorObject): string | undefined {
  const at = dotted(e.instancePath);
  const params = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'additionalProperties':
      return join(at, `property ${params['additionalProperty']} should not exist`);
    case 'required':
      return `${join(at, params['missingProperty'])} should not be empty`;
    case 'type': {
      const word = typeWords[String(params['type']).split(',')[0]!];
      return `${at} ${word ?? `must be ${params['type']}`}`;
    }
    case 'enum':
      return `${at} must be one of the following values: ${params['allowedValues'].join(', ')}`;
    case 'pattern':
      return at.endsWith('email') ? `${at} must be an email` : `${at} has an invalid format`;
    case 'maximum':
      return `${at} must not be greater than ${params['limit']}`;
    case 'minimum':
      return `${at} must not be less than ${params['limit']}`;
    case 'maxLength':
      return `${at} must be shorter than or equal to ${params['limit']} characters`;
    case 'anyOf':
      return at.startsWith('customFields.') ? `${at} needs an id or a key` : `${at} is invalid`;
    default:
      return `${at} ${e.message ?? 'is invalid'}`;
  }
}

export interface SortedErrors {
  versionHeader?: 'missing' | 'invalid';
  messages: string[];
}

export function requestMessages(errors: ErrorObject[]): SortedErrors {
  const result: SortedErrors = { messages: [] };
  for (const e of errors) {
    // The anyOf branches only explain the anyOf error itself.
    if (e.schemaPath.includes('/anyOf/')) continue;
    const params = e.params as Record<string, any>;
    if (e.instancePath === '/header' && params['missingProperty'] === 'version') {
      result.versionHeader = 'missing';
      continue;
    }
    if (e.instancePath === '/header/version') {
      result.versionHeader = 'invalid';
      continue;
    }
    const message = describe(e);
    if (message && !result.messages.includes(message)) result.messages.push(message);
  }
  return result;
}
