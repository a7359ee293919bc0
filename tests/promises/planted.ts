// The README's promises, each with a realistic bug that breaks it and the test that must then fail.
// `npm run test:promises` plants them one at a time in a copy of the repository
// (scripts/promise-walk.ts). When code moves, update `from` — the walk reports an entry whose code
// is no longer found as NOT APPLICABLE rather than passing it.
// Pure rules in lib/domain are also covered by mutation testing (`npm run test:mutation`); this
// table is about what holds them together: actions, data functions, routes and scripts.

export type Planted = {
  id: string;
  /** The promise, in the README's words. */
  promise: string;
  file: string;
  /** The exact code (must occur once in the file) and what the bug makes of it. */
  from: string;
  to: string;
  /** More edits in the same file, where the code checks twice (a guard before and again inside the transaction). */
  also?: { from: string; to: string }[];
  /** The vitest files that must fail, and optionally a test-name filter. */
  tests: string[];
  only?: string;
};

export const PLANTED: Planted[] = [
  // — Security —
  {
    id: 'logout-keeps-session',
    promise: '退出 deletes the session row (a copied cookie is worthless at once)',
    file: 'lib/auth/session.ts',
    from: 'if (claims) await prisma.session.deleteMany({ where: { id: hashSid(claims.sid) } });',
    to: 'void claims;',
    tests: ['tests/integration/sessions.test.ts'],
  },
  {
    id: 'password-change-keeps-sessions',
    promise: "a password change deletes all of the account's sessions",
    file: 'lib/actions/account.ts',
    from: 'await tx.session.deleteMany({ where: { userId: actor.id } });',
    to: '',
    tests: ['tests/integration/sessions.test.ts', 'tests/integration/accounts.test.ts'],
  },
  {
    id: 'deactivate-keeps-sessions',
    promise: "deactivation deletes all of the account's sessions (and a reset too)",
    file: 'lib/actions/accounts.ts',
    from: `data: { active: false, version: { increment: 1 } } });
    await tx.session.deleteMany({ where: { userId: user.id } });`,
    to: 'data: { active: false, version: { increment: 1 } } });',
    tests: ['tests/integration/sessions.test.ts', 'tests/integration/accounts.test.ts'],
  },
  {
    id: 'idle-never-ends',
    promise: 'a session ends after sessionIdleMinutes without use',
    file: 'lib/auth/session-rules.ts',
    from: "if (now.getTime() - s.lastSeenAt.getTime() > idleMinutes * 60_000) return 'idle';",
    to: '',
    tests: ['lib/auth/session-rules.test.ts', 'tests/integration/sessions.test.ts'],
  },
  {
    id: 'throttle-not-atomic',
    promise: 'each attempt is reserved before its password is verified — the lock check and the count are one write transaction',
    file: 'lib/auth/throttle.ts',
    from: `  return writeTransaction(async (tx) => {
    const rows = await tx.loginThrottle.findMany({ where: { key: { in: [k.pair, k.address] } } });
    const locked = Math.max(0, ...rows.map((r) => lockedMinutes(r, now)));
    if (locked > 0) return locked;
    await countFailure(tx, username, address, now);
    return 0;
  });`,
    to: `  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: [k.pair, k.address] } } });
  const locked = Math.max(0, ...rows.map((r) => lockedMinutes(r, now)));
  if (locked > 0) return locked;
  await new Promise((r) => setTimeout(r, 5));
  await writeTransaction((tx) => countFailure(tx, username, address, now));
  return 0;`,
    tests: ['tests/integration/sessions.test.ts'],
    only: 'reserved before verification',
  },
  {
    id: 'success-keeps-pair-failures',
    promise: 'a correct sign-in clears its account+address failures',
    file: 'lib/auth/throttle.ts',
    from: 'await tx.loginThrottle.deleteMany({ where: { key: k.pair } });',
    to: '',
    tests: ['tests/integration/sessions.test.ts'],
  },
  {
    id: 'unknown-user-no-scrypt',
    promise: 'unknown and inactive usernames are checked against a dummy scrypt hash of the same cost',
    file: 'lib/auth/credentials.ts',
    from: 'await verifyPassword(password, user?.active ? user.passwordHash : await dummyHash());',
    to: '(user?.active ? await verifyPassword(password, user.passwordHash) : false);',
    tests: ['tests/integration/actions.test.ts'],
  },
  {
    id: 'redirect-double-slash',
    promise: 'after sign-in only a path on this site is followed: one / followed by neither / nor \\',
    file: 'lib/auth/redirect.ts',
    from: "return /^\\/(?![/\\\\])/.test(path) ? path : '/';",
    to: 'return path;',
    tests: ['lib/auth/redirect.test.ts'],
  },
  {
    id: 'xff-from-anyone',
    promise: "only a listed proxy's X-Forwarded-For is believed",
    file: 'lib/auth/client-address.ts',
    from: 'if (!trusted.has(socket)) return socket;',
    to: '',
    tests: ['lib/auth/client-address.test.ts'],
  },
  {
    id: 'same-origin-any-site',
    promise: 'the upload route accepts only same-origin posts (Origin and Sec-Fetch-Site)',
    file: 'lib/auth/same-origin.ts',
    from: "if (h.secFetchSite !== null && h.secFetchSite !== 'same-origin') return false;",
    to: '',
    tests: ['lib/auth/same-origin.test.ts', 'tests/integration/import-upload.test.ts'],
  },
  {
    id: 'oversized-post-500',
    promise: 'a post larger than the action limit is answered 413 by the server wrapper',
    file: 'lib/auth/request-guard.ts',
    from: 'if (Number.isFinite(length) && length > ACTION_BODY_LIMIT + 64 * 1024) return { status: 413, message: m.postTooLarge };',
    to: '',
    tests: ['lib/auth/request-guard.test.ts'],
  },
  {
    id: 'healthz-details-to-anyone',
    promise: '/healthz tells anonymous callers from elsewhere only {ok, status}',
    file: 'app/healthz/route.ts',
    from: "const detailed = local || can(await getSession(), 'view_audit');",
    to: 'const detailed = true || local;',
    tests: ['tests/integration/healthz.test.ts'],
  },
  {
    id: 'notice-due-far-future',
    promise: 'a 限办日期 at most a year ahead',
    file: 'lib/actions/notices.ts',
    from: 'if (dueDate > addDays(today(), 366)) return',
    to: 'if (dueDate > addDays(today(), 366) && false) return',
    tests: ['tests/integration/notices.test.ts'],
  },
  {
    id: 'notice-to-stranger-unit',
    promise: "a notice goes to some or all of its task's units (no other)",
    file: 'lib/actions/notices.ts',
    from: 'if (!recipients.every((u) => task.units.some((x) => x.unitId === u)))',
    to: 'if (recipients.length === 0)',
    tests: ['tests/integration/notices.test.ts'],
  },
  // — Reporting and review —
  {
    id: 'stale-form-accepted',
    promise: 'a form opened before another update was approved is refused with the typed text kept',
    file: 'lib/actions/updates.ts',
    from: 'if (!task || Number(task.version) !== d.baseVersion) throw new ConflictError(m.conflictVersion);',
    to: 'if (!task) throw new ConflictError(m.conflictVersion);',
    tests: ['tests/integration/actions.test.ts'],
  },
  {
    id: 'pending-unseen-accepted',
    promise: 'a form opened before another update was submitted on the same task is refused',
    file: 'lib/actions/updates.ts',
    from: 'if (task.newer !== null) throw new ConflictError(m.conflictPending);',
    to: '',
    tests: ['tests/integration/actions.test.ts'],
  },
  {
    id: 'approve-old-version',
    promise: 'an update written against an older version can no longer be approved',
    file: 'lib/actions/updates.ts',
    from: 'const bumped = await tx.task.updateMany({ where: { id: u.taskId, version: u.baseVersion ?? -1 }, data: { version: { increment: 1 } } });',
    to: 'const bumped = await tx.task.updateMany({ where: { id: u.taskId }, data: { version: { increment: 1 } } });',
    tests: ['tests/integration/actions.test.ts', 'tests/integration/contention.test.ts'],
  },
  {
    id: 'flagged-approved-unverified',
    promise: 'a flagged update is approved only with 已核实 ticked',
    file: 'lib/actions/updates.ts',
    from: "if (decision === 'approve' && !verified && (await needsVerification(tx, u.id))) throw new FieldConflict('verified', m.verifyFlagged);",
    to: '',
    tests: ['tests/integration/actions.test.ts'],
  },
  {
    id: 'answers-others-notice',
    promise: "a unit answers the notices sent to it (its own part still open), no other unit's",
    file: 'lib/data/update-context.ts',
    from: 'r.unitId = ${unit} AND r.status IN (${open})',
    to: 'r.status IN (${open})',
    tests: ['tests/integration/submit-rules.test.ts'],
  },
  {
    id: 'last-approved-by-entry',
    promise: "a figure is checked against the indicator's last approved value by its date (not the last entered)",
    file: 'lib/data/update-context.ts',
    from: "u.status = 'APPROVED' ORDER BY v.asOf DESC, v.id DESC",
    to: "u.status = 'APPROVED' ORDER BY v.id DESC",
    tests: ['tests/integration/submit-rules.test.ts'],
  },
  {
    id: 'report-on-archived-year',
    promise: 'only an active year takes updates (a draft or archived year does not)',
    file: 'lib/actions/updates.ts',
    from: "if (!ctx.open) return { status: 'error', message: m.yearClosed, values };",
    to: '',
    tests: ['tests/integration/actions.test.ts'],
  },
  {
    id: 'unit-reports-other-task',
    promise: "a unit reports progress on its own unit's tasks only",
    file: 'lib/actions/updates.ts',
    from: "    right: 'submit_update',\n    work: async ({ actor, record: ctx, values }) => {",
    to: "    right: (actor) => actor.role !== 'LEADER',\n    work: async ({ actor, record: ctx, values }) => {",
    tests: ['tests/integration/actions.test.ts'],
  },
  {
    id: 'no-js-update-answered-with-page',
    promise: 'a stored update posted without JavaScript is answered with a redirect to a page saying so (a reload posts nothing again)',
    file: 'lib/actions/updates.ts',
    from: "if (done.stored && !(await headers()).has('next-action')) redirect(submittedHref(done.stored));",
    to: 'void submittedHref;',
    tests: ['tests/integration/actions.test.ts'],
  },
  {
    id: 'dashboard-counts-pending',
    promise: 'official figures and statuses use approved updates only',
    file: 'lib/data/plan.ts',
    from: "where: { update: { status: 'APPROVED', task: { planYearId: plan.id } } },",
    to: "where: { update: { status: { not: 'RETURNED' }, task: { planYearId: plan.id } } },",
    tests: ['tests/integration/dashboard.test.ts', 'tests/integration/actions.test.ts'],
  },
  {
    id: 'report-uses-pending-narrative',
    promise: 'reports: approved data only (narratives and the 佐证材料 listed)',
    file: 'lib/data/reports.ts',
    from: "const approvedOfYear = { status: 'APPROVED', task: { planYear: { year: period.year } } } as const;",
    to: 'const approvedOfYear = { task: { planYear: { year: period.year } } } as const;',
    tests: ['tests/integration/reports.test.ts', 'tests/integration/actions.test.ts'],
  },
  {
    id: 'task-page-shows-pending-to-public',
    promise: 'visitors who are not signed in see approved figures only',
    file: 'lib/data/task.ts',
    from: "where: { taskId, ...(can(actor, 'view_pending') ? {} : { status: 'APPROVED' as const }) },",
    to: 'where: { taskId },',
    tests: ['tests/integration/data-access.test.ts', 'tests/integration/dashboard.test.ts'],
  },
  // — 督办 —
  {
    id: 'notice-other-unit-acts',
    promise: 'only the units a notice went to act on it',
    file: 'lib/actions/notices.ts',
    from: "(side === 'unit' ? can(actor, 'act_on_notice', { unitIds: n.recipients.map((r) => r.unitId) }) : can(actor, 'issue_notice'))",
    to: "(side === 'unit' ? actor.role === 'UNIT' : can(actor, 'issue_notice'))",
    also: [
      {
        from: "if (side === 'unit' && !part) return { status: 'error', message: m.forbidden, values };",
        to: "if (side === 'unit' && !part) part = n.recipients[0];",
      },
    ],
    tests: ['tests/integration/notices.test.ts'],
  },
  {
    id: 'notice-double-urge',
    promise: 'two clicks cannot both move a notice (催办 only from the level it was read at)',
    file: 'lib/actions/notices.ts',
    from: 'where: { id: n.id, level: n.level },',
    to: 'where: { id: n.id },',
    tests: ['tests/integration/notices.test.ts', 'tests/integration/contention.test.ts'],
  },
  {
    id: 'urge-not-announced',
    promise: "催办 writes the unit's 提醒 in the same transaction",
    file: 'lib/actions/notices.ts',
    from: 'unitIds: behind.map((r) => r.unitId),',
    to: 'unitIds: [],',
    tests: ['tests/integration/notices.test.ts'],
  },
  // — Reminders —
  {
    id: 'webhook-errcode-sent',
    promise: 'marked sent when the robot answers HTTP 200 with errcode 0',
    file: 'lib/reminders/deliver.ts',
    from: 'if (j.errcode === undefined || j.errcode === 0) return null;',
    to: 'return null;',
    tests: ['tests/integration/reminders.test.ts'],
  },
  {
    id: 'delivery-never-gives-up',
    promise: 'given up after 10 attempts with the last error kept',
    file: 'lib/reminders/deliver.ts',
    from: '} else if (attempts >= MAX_ATTEMPTS) {',
    to: '} else if (attempts >= MAX_ATTEMPTS * 100) {',
    tests: ['tests/integration/reminders.test.ts'],
  },
  {
    id: 'archived-year-reminds',
    promise: 'only active plan years remind',
    file: 'lib/reminders/queue.ts',
    from: "where: { planYear: { status: 'ACTIVE' } },",
    to: "where: { planYear: { status: { not: 'DRAFT' } } },",
    tests: ['tests/integration/reminders.test.ts'],
  },
  {
    id: 'webhook-internal-at-send',
    promise: 'internal addresses are refused again at every send, inside the connection',
    file: 'lib/reminders/target.ts',
    from: 'const ok = allowed ? list : list.filter((a) => isPublicAddress(a.address));',
    to: 'const ok = list;',
    tests: ['tests/integration/reminders.test.ts'],
  },
  // — Plan years and editing —
  {
    id: 'archived-year-edited',
    promise: 'an archived year cannot be changed',
    file: 'lib/actions/plan-guard.ts',
    from: "if (target.status === 'ARCHIVED') return { error: { status: 'error', message: m.yearArchived, values } };",
    to: '',
    tests: ['tests/integration/plan-edit.test.ts', 'tests/integration/plan-structure.test.ts'],
  },
  {
    id: 'task-with-notices-removed',
    promise: 'only a task without any progress update, 督办 notice or problem can be removed',
    file: 'lib/actions/plan-structure.ts',
    from: '_count: { select: { updates: true, notices: true, problems: true } },',
    to: '_count: { select: { updates: true, problems: true } },',
    tests: ['tests/integration/plan-structure.test.ts'],
  },
  {
    id: 'project-with-tasks-removed',
    promise: 'a project is removed only while it has no task',
    file: 'lib/actions/plan-structure.ts',
    from: "if (p!._count.tasks > 0) return { status: 'error', message: m.projectInUse, values };",
    to: '',
    also: [
      {
        from: 'if ((await tx.task.count({ where: { projectId: p!.id } })) > 0) throw new ConflictError(m.projectInUse);',
        to: 'await tx.task.deleteMany({ where: { projectId: p!.id } });',
      },
    ],
    tests: ['tests/integration/plan-structure.test.ts'],
  },
  {
    id: 'indicator-with-values-removed',
    promise: 'an indicator with a reported figure cannot be removed',
    file: 'lib/actions/plan-structure.ts',
    from: "if (!removable({ values: ind!._count.values })) return { status: 'error', message: m.indicatorInUse, values };",
    to: '',
    tests: ['tests/integration/plan-structure.test.ts'],
  },
  {
    id: 'active-year-renumbered',
    promise: "an active year's numbers never change",
    file: 'lib/actions/plan-structure.ts',
    from: 'const renumbering = renumbersTasks(planYear.status) ? await renumberYear(tx, planYearId) : [];',
    to: 'const renumbering = await renumberYear(tx, planYearId);',
    tests: ['tests/integration/plan-structure.test.ts'],
  },
  {
    id: 'import-other-file-confirmed',
    promise: 'the confirmed file must be the previewed one (SHA-256, required)',
    file: 'lib/actions/import-steps.ts',
    from: "if (up.sha256 !== d.sha256) return refuse({ status: 'error', message: m.importChanged });",
    to: '',
    tests: ['tests/integration/import-upload.test.ts', 'tests/integration/plan-import.test.ts'],
  },
  {
    id: 'import-unit-open-confirmed',
    promise: 'an unknown unit name must be mapped or created before confirming',
    file: 'lib/actions/import-steps.ts',
    from: 'if (open.length > 0) return refuse(',
    to: 'if (open.length > 99999) return refuse(',
    tests: ['tests/integration/plan-import-offices.test.ts', 'tests/integration/plan-import.test.ts'],
  },
  // — Reports and operations —
  {
    id: 'report-period-not-over',
    promise: 'a period that has not ended is refused (no forecasts)',
    file: 'lib/validation/report.ts',
    from: 'if (asOf > today) return { ok: false, errors: { period: [m.periodNotOver(asOf)] } };',
    to: '',
    tests: ['tests/integration/reports.test.ts'],
  },
  {
    id: 'restore-corrupt-file',
    promise: 'db:restore checks FILE (integrity) before replacing anything',
    file: 'scripts/db.ts',
    from: "if (integrity.join() !== 'ok') return [`integrity_check: ${integrity.slice(0, 5).join('; ')}`];",
    to: '',
    tests: ['tests/integration/operations.test.ts'],
  },
  {
    id: 'restore-under-server',
    promise: 'db:restore is refused while an app server runs on the database',
    file: 'scripts/db.ts',
    from: 'if (!opts.force && serverIsRunning(to)) {',
    to: 'if (!opts.force && serverIsRunning(to) && false) {',
    tests: ['tests/integration/operations.test.ts'],
  },
  {
    id: 'latest-report-stale',
    promise: 'a write by any process is seen at the next request (the year switch’s latest report dates are kept per data version)',
    file: 'lib/data/plan.ts',
    from: 'if (hit && version !== null && hit.version === version) return hit.latest;',
    to: 'if (hit) return hit.latest;',
    tests: ['tests/integration/plan-cache.test.ts'],
  },
  // — Production, data integrity, exports —
  {
    id: 'production-keeps-demo-password',
    promise: 'production start deactivates every account whose password is still its demo password',
    file: 'seeds/seed.ts',
    from: 'if (!(await verifyPassword(d.password, u.passwordHash))) continue;',
    to: 'if (u.username !== d.username || true) continue;',
    tests: ['tests/integration/production-demo.test.ts'],
  },
  {
    id: 'production-seeds-anyway',
    promise: 'db:seed refuses APP_MODE=production without --allow-production',
    file: 'seeds/seed.ts',
    from: "if (env.APP_MODE === 'production' && !argv.includes('--allow-production')) {",
    to: "if (env.APP_MODE === 'production' && argv.includes('--never')) {",
    tests: ['tests/integration/production-demo.test.ts', 'tests/integration/seed.test.ts'],
  },
  {
    id: 'production-without-secret',
    promise: 'production refuses to run without SESSION_SECRET',
    file: 'lib/auth/secret.ts',
    from: "if (env.APP_MODE === 'production') throw new Error(",
    to: "if (env.APP_MODE === 'never') throw new Error(",
    tests: ['tests/integration/production-demo.test.ts', 'tests/integration/sessions.test.ts'],
  },
  {
    id: 'snapshot-mutable',
    promise: 'SQLite triggers refuse any UPDATE or DELETE of a snapshot',
    file: 'prisma/migrations/20261129100538_report_snapshots/migration.sql',
    from: 'BEFORE UPDATE ON "ReportSnapshot"\nBEGIN\n  SELECT RAISE(ABORT, \'ReportSnapshot is immutable\');',
    to: 'BEFORE UPDATE ON "ReportSnapshot"\nBEGIN\n  SELECT 1;',
    tests: ['tests/integration/reports.test.ts'],
  },
  {
    id: 'csv-formula-injection',
    promise: 'cells starting with = + - @ are prefixed in CSV exports (no formula injection)',
    file: 'lib/domain/csv.ts',
    from: "if (typeof v === 'string' && /^[=+\\-@\\t\\r]/.test(s)) s = `'${s}`;",
    to: '',
    tests: ['lib/domain/csv.test.ts'],
  },
  {
    id: 'import-long-unit-name',
    promise: 'every imported text passes the same field rules as the forms (a unit name ≤ 40 characters)',
    file: 'lib/domain/plan-import.ts',
    from: 'if (u.length > FIELD_LIMITS.unitName) {',
    to: 'if (u.length > FIELD_LIMITS.unitName * 100) {',
    tests: ['tests/integration/plan-import.test.ts', 'lib/domain/plan-import.test.ts'],
  },
  {
    id: 'import-impossible-date',
    promise: 'a date that does not exist (2028-02-30) becomes a preview message, not 2028-03-01',
    file: 'lib/domain/plan-import.ts',
    from: 'if (/^\\d{4}-\\d{2}-\\d{2}$/.test(written) && !isIsoDate(written))',
    to: 'if (/^\\d{4}-\\d{2}-\\d{2}$/.test(written) && false)',
    tests: ['tests/integration/plan-import.test.ts', 'lib/domain/plan-import.test.ts'],
  },
  {
    id: 'one-time-password-acts',
    promise: 'an account on a one-time password can do nothing but change it',
    file: 'lib/auth/policy.ts',
    from: 'if (!actor || actor.mustChangePassword) return false;',
    to: 'if (!actor) return false;',
    tests: ['lib/auth/policy.test.ts'],
  },
  // — 佐证材料 (docs/evidence.md) —
  {
    id: 'evidence-original-public',
    promise: "a photo's original (with its GPS position) is served only to the office and the task's unit, whatever the flag",
    file: 'lib/data/evidence.ts',
    from: "? can(actor, 'view_evidence_original', target)",
    to: "? can(actor, 'view_evidence_original', target) || e.public",
    tests: ['tests/integration/evidence.test.ts'],
  },
  {
    id: 'evidence-attach-others',
    promise: "an id that is not the caller's staged file for this task refuses the whole update (or 督办 step)",
    file: 'lib/actions/evidence-steps.ts',
    from: 'where: { id: { in: ids }, taskId: by.taskId, uploadedById: by.actorId, ...STAGED }',
    to: 'where: { id: { in: ids } }',
    tests: ['tests/integration/evidence.test.ts'],
  },
  {
    id: 'evidence-type-by-name',
    promise: 'the type is read from the bytes, never the name: an HTML page named photo.jpg is refused',
    file: 'lib/domain/evidence.ts',
    from: "if (!kind) return { ok: false, reason: 'type' };",
    to: "if (!kind && detected) return { ok: false, reason: 'type' };\n  if (!kind) return { ok: true, kind: 'image' };",
    tests: ['lib/domain/evidence.test.ts', 'lib/files/evidence-file.test.ts', 'tests/integration/evidence.test.ts'],
  },
  {
    id: 'evidence-keeps-metadata',
    promise: 'photos others see are re-encoded without metadata (no GPS)',
    file: 'lib/files/evidence-file.ts',
    from: 'if (BROWSER_IMAGES.includes(mime)) return sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate();',
    to: 'if (BROWSER_IMAGES.includes(mime)) return sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate().keepMetadata();',
    tests: ['lib/files/evidence-file.test.ts', 'tests/integration/evidence.test.ts'],
  },
  {
    id: 'evidence-removed-after-review',
    promise: 'a unit removes a file while nobody has decided on it; once the update is approved or returned the file stays',
    file: 'lib/actions/evidence.ts',
    from: "if (record.update && record.update.status !== 'PENDING') return { status: 'error', message: m.evidence.decided, values };",
    to: '',
    also: [{ from: "OR: [STAGED, { update: { status: 'PENDING' } }]", to: 'OR: [STAGED, { updateId: { not: null } }]' }],
    tests: ['tests/integration/evidence.test.ts'],
  },
  {
    id: 'notice-evidence-to-any-unit',
    promise: "files sent with a 督办件 are seen by those who see the task's evidence (the office, leaders, the task's units), never by another unit",
    file: 'lib/data/notices.ts',
    from: "const seesEvidence = can(actor, 'view_evidence', { unitIds: n.task.units.map((u) => u.unitId) });",
    to: 'const seesEvidence = actor !== null;',
    tests: ['tests/integration/evidence.test.ts'],
  },
  {
    id: 'report-evidence-original-to-leader',
    promise: "a published report's photo originals (with GPS) are served to the office only",
    file: 'lib/data/evidence.ts',
    from: "if (e.kind === 'image' && variant === 'original' && !office) return null;",
    to: '',
    tests: ['tests/integration/evidence.test.ts'],
  },
  {
    id: 'report-evidence-not-frozen',
    promise: 'a published report freezes the files of the approved updates it used (listed in its Word and Excel files, served from the snapshot)',
    file: 'lib/data/reports.ts',
    from: 'evidence: evidence.map(({ task, update, ...e }) => ({ ...e, taskNumber: task.number, updateAsOf: toIsoDate(update!.asOf) })),',
    to: '',
    tests: ['tests/integration/evidence.test.ts'],
  },
  // — PostgreSQL —
  {
    id: 'postgres-writes-unlocked',
    promise: 'on PostgreSQL every write transaction takes the write lock: concurrent read-then-write transactions lose no update',
    file: 'lib/prisma.ts',
    from: "postgres: 'SELECT pg_advisory_xact_lock(72710)'",
    to: "postgres: 'SELECT 1'",
    tests: ['tests/integration/postgres.test.ts', 'tests/integration/contention.test.ts'],
    only: 'write lock',
  },
  {
    id: 'reminders-lock-ignored',
    promise: 'one server at a time runs the reminder job on PostgreSQL (an advisory lock, tried and not waited for)',
    file: 'lib/prisma.ts',
    from: 'return row?.ok ? fn() : null;',
    to: 'return row ? fn() : null;',
    tests: ['tests/integration/postgres.test.ts'],
    only: 'one reminder sender',
  },
];
