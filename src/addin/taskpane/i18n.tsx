// Vietnamese by default, English on demand: every text is written in both where it is used.
import { createContext, useContext } from 'react';
import type { Finding, Locale } from '../../core/findings';
import type { Bilingual } from '../../worker/protocol';

export const LocaleContext = createContext<Locale>('vi');

export type Translate = (vi: string, en: string) => string;

export function translator(locale: Locale): Translate {
  return locale === 'en' ? (_vi, en) => en : (vi) => vi;
}

export function useT(): Translate {
  return translator(useContext(LocaleContext));
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function messageOf(
  item: Finding | { readonly message: string; readonly messageEn: string },
  locale: Locale,
): string {
  return locale === 'en' ? item.messageEn : item.message;
}

export function bilingual(text: Bilingual, locale: Locale): string {
  return locale === 'en' ? text.en : text.vi;
}

const storageKey = 'vankien.locale';

export function savedLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
  try {
    return storage?.getItem(storageKey) === 'en' ? 'en' : 'vi';
  } catch {
    // Storage can be disabled (private mode, Office policy): the default stands.
    return 'vi';
  }
}

export function saveLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: Locale): void {
  try {
    storage?.setItem(storageKey, locale);
  } catch {
    // Not remembered, still used for this session.
  }
}
