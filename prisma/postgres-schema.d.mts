export function postgresSchema(schema: string): string;
