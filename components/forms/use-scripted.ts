'use client';
// Whether the page's script runs: false in the server's HTML — so in a browser without JavaScript,
// which keeps that HTML — and true once the page is hydrated.
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export const useScripted = (): boolean =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
