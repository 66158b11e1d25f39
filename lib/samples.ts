/**
 * Samples Zapier shows before a Zap has run, built from the same fixtures the tests use, in the
 * shape of HighLevel's documented answers.
 */
import contactFixture from '../test/fixtures/contact.json';
import customFieldFixture from '../test/fixtures/custom-fields.json';
import { contactResult } from './fields/contact';
import { customFieldDefinitionSchema, contactSchema } from './schemas';

const definitions = customFieldDefinitionSchema.array().parse(customFieldFixture);

export const sampleContact = contactResult(contactSchema.parse(contactFixture), {
  list: definitions,
  byId: new Map(definitions.map((definition) => [definition.id, definition])),
});
