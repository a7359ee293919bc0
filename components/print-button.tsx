'use client';
// Prints the page (the print stylesheet drops navigation and opens chart tables).
import { ui } from '@/components/ui';
import { print } from '@/lib/i18n/client-strings';

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={`no-print ${ui.secondary}`}>
      {print}
    </button>
  );
}
