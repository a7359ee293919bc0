// What a row says after the redirect of a change saved there without JavaScript: the page was
// reached at `?saved=<row>#<row>` (lib/actions/without-script.ts).
export function SavedNote({ text }: { text: string }) {
  return (
    <p role="status" className="text-xs text-ok">
      {text}
    </p>
  );
}
