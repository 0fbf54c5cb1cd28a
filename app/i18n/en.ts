/**
 * The English message catalogue. Every UI string and user-facing error goes through here; {name} marks a variable.
 * One file per concept under en/, so each part of the portal keeps its own messages.
 */
import { core } from './en/core';
import { documents } from './en/documents';

export const en = { ...core, ...documents } as const;

export type MessageKey = keyof typeof en;
