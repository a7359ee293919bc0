'use client';
// Prints the page (the print stylesheet drops navigation and opens chart tables).
import { print } from '@/lib/i18n/client-strings';

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded border border-gray-300 bg-white px-3 py-1.5 text-sm hover:bg-gray-50">
      {print}
    </button>
  );
}
