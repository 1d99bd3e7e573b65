/**
 * `read` remembering its answers for the last `size` texts. The form validates the whole
 * configuration at every keystroke, and an uploaded file (a kubeconfig, a certificate) does not
 * change between keystrokes: it is parsed once, not every time.
 */
export function rememberReadings<T>(read: (text: string) => T, size = 16): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text) as T;
    const answer = read(text);
    answers.set(text, answer);
    if (answers.size > size) answers.delete(answers.keys().next().value as string);
    return answer;
  };
}
