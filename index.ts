import zapier, { defineApp } from 'zapier-platform-core';

import packageJson from './package.json';
import authentication from './authentication';
import { addHighLevelHeaders } from './lib/client';
import { throwForHighLevelError } from './lib/errors';
import addContactsToBusiness from './creates/add_contacts_to_business';
import addFollowers from './creates/add_followers';
import addTags from './creates/add_tags';
import addToCampaign from './creates/add_to_campaign';
import addToWorkflow from './creates/add_to_workflow';
import apiRequest from './creates/api_request';
import bulkUpdateTags from './creates/bulk_update_tags';
import completeTask from './creates/complete_task';
import createContact from './creates/create_contact';
import createNote from './creates/create_note';
import createOrUpdateContact from './creates/create_or_update_contact';
import createTask from './creates/create_task';
import deleteContact from './creates/delete_contact';
import deleteNote from './creates/delete_note';
import deleteTask from './creates/delete_task';
import removeContactsFromBusiness from './creates/remove_contacts_from_business';
import removeFollowers from './creates/remove_followers';
import removeFromAllCampaigns from './creates/remove_from_all_campaigns';
import removeFromCampaign from './creates/remove_from_campaign';
import removeFromWorkflow from './creates/remove_from_workflow';
import removeTags from './creates/remove_tags';
import reopenTask from './creates/reopen_task';
import updateContact from './creates/update_contact';
import updateNote from './creates/update_note';
import updateTask from './creates/update_task';
import findAppointments from './searches/find_appointments';
import findBusinessContacts from './searches/find_business_contacts';
import findContact from './searches/find_contact';
import findDuplicateContact from './searches/find_duplicate_contact';
import findNotes from './searches/find_notes';
import findTasks from './searches/find_tasks';
import getContact from './searches/get_contact';
import getNote from './searches/get_note';
import getTask from './searches/get_task';
import businessList from './triggers/business_list';
import calendarList from './triggers/calendar_list';
import campaignList from './triggers/campaign_list';
import contactList from './triggers/contact_list';
import contactTagAdded from './triggers/contact_tag_added';
import newAppointment from './triggers/new_appointment';
import newContact from './triggers/new_contact';
import newNote from './triggers/new_note';
import newTask from './triggers/new_task';
import noteList from './triggers/note_list';
import tagList from './triggers/tag_list';
import taskCompleted from './triggers/task_completed';
import taskList from './triggers/task_list';
import updatedContact from './triggers/updated_contact';
import userList from './triggers/user_list';
import workflowList from './triggers/workflow_list';

export default defineApp({
  version: packageJson.version,
  platformVersion: zapier.version,

  authentication,
  beforeRequest: [addHighLevelHeaders],
  afterResponse: [throwForHighLevelError],
  flags: {
    // HighLevel's rate-limit headers say how long to wait; lib/errors.ts reads them.
    throwForThrottlingEarly: false,
    // Every request goes through z.request, which logs it; the patch is for third-party SDKs,
    // and it wraps Node's shared http module once per process, hiding later HTTP mocks in tests.
    skipHttpPatch: true,
  },

  triggers: {
    [businessList.key]: businessList,
    [calendarList.key]: calendarList,
    [campaignList.key]: campaignList,
    [contactList.key]: contactList,
    [contactTagAdded.key]: contactTagAdded,
    [newAppointment.key]: newAppointment,
    [newContact.key]: newContact,
    [newNote.key]: newNote,
    [newTask.key]: newTask,
    [noteList.key]: noteList,
    [tagList.key]: tagList,
    [taskCompleted.key]: taskCompleted,
    [taskList.key]: taskList,
    [updatedContact.key]: updatedContact,
    [userList.key]: userList,
    [workflowList.key]: workflowList,
  },
  creates: {
    [addContactsToBusiness.key]: addContactsToBusiness,
    [addFollowers.key]: addFollowers,
    [addTags.key]: addTags,
    [addToCampaign.key]: addToCampaign,
    [addToWorkflow.key]: addToWorkflow,
    [apiRequest.key]: apiRequest,
    [bulkUpdateTags.key]: bulkUpdateTags,
    [completeTask.key]: completeTask,
    [createContact.key]: createContact,
    [createNote.key]: createNote,
    [createOrUpdateContact.key]: createOrUpdateContact,
    [createTask.key]: createTask,
    [deleteContact.key]: deleteContact,
    [deleteNote.key]: deleteNote,
    [deleteTask.key]: deleteTask,
    [removeContactsFromBusiness.key]: removeContactsFromBusiness,
    [removeFollowers.key]: removeFollowers,
    [removeFromAllCampaigns.key]: removeFromAllCampaigns,
    [removeFromCampaign.key]: removeFromCampaign,
    [removeFromWorkflow.key]: removeFromWorkflow,
    [removeTags.key]: removeTags,
    [reopenTask.key]: reopenTask,
    [updateContact.key]: updateContact,
    [updateNote.key]: updateNote,
    [updateTask.key]: updateTask,
  },
  searches: {
    [findAppointments.key]: findAppointments,
    [findBusinessContacts.key]: findBusinessContacts,
    [findContact.key]: findContact,
    [findDuplicateContact.key]: findDuplicateContact,
    [findNotes.key]: findNotes,
    [findTasks.key]: findTasks,
    [getContact.key]: getContact,
    [getNote.key]: getNote,
    [getTask.key]: getTask,
  },
  searchOrCreates: {
    [findContact.key]: {
      key: findContact.key,
      display: {
        label: 'Find or Create Contact',
        description: 'Finds a contact by email or phone, and creates it if none is found.',
      },
      search: findContact.key,
      create: createOrUpdateContact.key,
    },
    [findTasks.key]: {
      key: findTasks.key,
      display: {
        label: 'Find or Create Task',
        description: "Finds a contact's task by title, and creates it if there is none.",
      },
      search: findTasks.key,
      create: createTask.key,
    },
    [findNotes.key]: {
      key: findNotes.key,
      display: {
        label: 'Find or Create Note',
        description: "Finds a contact's note by its text, and adds it if there is none.",
      },
      search: findNotes.key,
      create: createNote.key,
    },
  },
});
