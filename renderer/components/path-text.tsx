/**
 * A file or folder path that wraps only where a person expects: after a separator (/ or \). Each name between
 * separators stays whole ("client-2048.crt" never breaks at its hyphen or dot); only a name too long for the line on
 * its own (over LONG_NAME characters) may break inside, so nothing runs out of its box.
 */
const LONG_NAME = 32;

/** The path cut after each separator: ["/home/", "me/", "client-2048.crt"]. */
export function pathParts(path: string): string[] {
  return path.match(/[^/\\]*[/\\]|[^/\\]+$/g) ?? [path];
}

export function PathText({ path }: { readonly path: string }) {
  return (
    <code className="path" translate="no">
      {pathParts(path).map((part, i) => (
        <span key={i} className={part.length > LONG_NAME ? 'path-part path-part-long' : 'path-part'}>
          {part}
          <wbr />
        </span>
      ))}
    </code>
  );
}
