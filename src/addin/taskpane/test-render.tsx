// Test support: render a view inside the Fluent provider and locale the task pane gives it.
import './jsdom-globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Locale } from '../../core/findings';
import { LocaleContext } from './i18n';

export function renderInPane(ui: ReactElement, locale: Locale = 'vi'): RenderResult {
  return render(
    <LocaleContext.Provider value={locale}>
      <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
    </LocaleContext.Provider>,
  );
}
