import { describe, expect, it } from 'vitest';
import { readLocaleResources } from '../../dialogs/localiser.js';

/** Every leaf key of a namespace, with its text. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, text] of leaves(child, prefix ? `${prefix}.${key}` : key)) found.set(path, text);
    }
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const resources = readLocaleResources();
const namespaces = Object.keys(resources.en ?? {});

describe('Welsh at parity with English', () => {
  it('has the same namespaces in both languages', () => {
    expect(Object.keys(resources.cy ?? {}).sort()).toEqual([...namespaces].sort());
  });

  it.each(namespaces)('has every key of the %s namespace in both languages, and no extra ones', (namespace) => {
    const english = leaves(resources.en?.[namespace]);
    const welsh = leaves(resources.cy?.[namespace]);
    expect([...welsh.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(namespaces)('keeps the same {{placeholders}} in every %s text, and leaves none empty', (namespace) => {
    const english = leaves(resources.en?.[namespace]);
    const welsh = leaves(resources.cy?.[namespace]);
    const mismatched = [...english].filter(([key, text]) => placeholders(text).join() !== placeholders(welsh.get(key) ?? '').join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
    expect([...welsh].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });
});
