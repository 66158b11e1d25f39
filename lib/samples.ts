/**
 * Samples Zapier shows before a Zap has run, built from the same fixtures the tests use, in the
 * shape of HighLevel's documented answers.
 */
import appointmentFixture from '../test/fixtures/appointment.json';
import contactFixture from '../test/fixtures/contact.json';
import customFieldFixture from '../test/fixtures/custom-fields.json';
import noteFixture from '../test/fixtures/note.json';
import taskFixture from '../test/fixtures/task.json';
import { appointmentOutput } from './fields/appointment';
import { contactResult } from './fields/contact';
import { noteOutput } from './fields/note';
import { taskOutput } from './fields/task';
import {
  appointmentSchema,
  contactSchema,
  customFieldDefinitionSchema,
  noteSchema,
  taskSchema,
} from './schemas';

const definitions = customFieldDefinitionSchema.array().parse(customFieldFixture);

export const sampleContact = contactResult(contactSchema.parse(contactFixture), {
  list: definitions,
  byId: new Map(definitions.map((definition) => [definition.id, definition])),
});

export const sampleTask = taskOutput(taskSchema.parse(taskFixture));
export const sampleNote = noteOutput(noteSchema.parse(noteFixture));
export const sampleAppointment = appointmentOutput(appointmentSchema.parse(appointmentFixture));
