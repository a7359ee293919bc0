// For scripts that run the data layer outside Next (the benchmark): `server-only` guards against
// bundling into client code, which cannot happen here, so it resolves to an empty module.
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
