/**
 * A pure function of one string that remembers its last answer. Several checks read the same message
 * in one turn (safety, understanding, the danger model); each would otherwise redo the same work.
 */
export function rememberLast<T>(fn: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastResult: T;
  return (text) => {
    if (text !== lastText) {
      lastResult = fn(text);
      lastText = text;
    }
    return lastResult;
  };
}
