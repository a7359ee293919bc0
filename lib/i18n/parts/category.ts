// The catalogue's strings for the projects' categories: part of `t` (../zh-CN composes them), in a module of their own
// so a client component that shows them carries these strings only (the catalogue stays one: every string is reachable as t.…).
import type { Category } from '@/lib/domain/types';

export const category = { ENGINEERING: '工程类', SERVICE: '服务类' } satisfies Record<Category, string>;
