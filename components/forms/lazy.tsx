'use client';
// The forms of screens anyone may read (a task page, the notice list): loaded only when rendered —
// for the office or the task's units — so a visitor's or a leader's page downloads none of their
// code (zod, the form fields, the evidence picker). Rendered on the server like any component.
import dynamic from 'next/dynamic';

export const NoticeForm = dynamic(() => import('./notice-form').then((m) => m.NoticeForm));
export const NoticeStepForm = dynamic(() => import('./notice-step-form').then((m) => m.NoticeStepForm));
export const OneStepForm = dynamic(() => import('./one-step-form').then((m) => m.OneStepForm));
export const InstructionForm = dynamic(() => import('./instruction-form').then((m) => m.InstructionForm));
