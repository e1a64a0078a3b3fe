// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { copyText } from '../../../../src/panel/dom/copy-text.ts';

function setClipboard(value: unknown): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value });
}

afterEach(() => {
  setClipboard(undefined);
  vi.restoreAllMocks();
});

describe('copyText', () => {
  test('uses the Clipboard API when allowed', async () => {
    const writeText = vi.fn(async () => {});
    setClipboard({ writeText });
    expect(await copyText('masked')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('masked');
  });

  test('falls back to a hidden textarea when the Clipboard API is refused, and removes it', async () => {
    setClipboard({ writeText: async () => Promise.reject(new Error('not allowed')) });
    const copied: string[] = [];
    const execCommand = vi.fn(() => {
      copied.push(
        (document.activeElement as HTMLTextAreaElement | null)?.value ??
          document.querySelector('textarea')?.value ??
          '',
      );
      return true;
    });
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
    expect(await copyText('fallback text')).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toEqual(['fallback text']);
    expect(document.querySelector('textarea')).toBeNull();
  });

  test('says when neither way works', async () => {
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: () => {
        throw new Error('unsupported');
      },
    });
    expect(await copyText('x')).toBe(false);
  });
});
