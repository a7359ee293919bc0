'use client';
// Before printing, open every chart's table so the printout carries the numbers.
import { useEffect } from 'react';

export function PrintOpenDetails() {
  useEffect(() => {
    const open = () => document.querySelectorAll('details.chart-table').forEach((d) => d.setAttribute('open', ''));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  return null;
}
